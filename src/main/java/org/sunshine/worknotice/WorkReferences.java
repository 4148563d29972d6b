package org.sunshine.worknotice;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.inforequest.PublicRequest;
import org.sunshine.inforequest.RequestPublicView;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.workflow.StepTaken;

/** How a notice names the record a step concerns, and the staff page that opens it. */
@Singleton
class WorkReferences {

    /** The most of a title a notice quotes. */
    static final int MAX_TITLE = 60;

    /**
     * @param number what the record is called (a tracking code, an application number, a finding's reference)
     * @param title  its subject, what was asked, or the department concerned
     * @param link   its page, a whole address
     */
    record Reference(String number, String title, String link) {
    }

    private final ComplaintQueries complaints;
    private final RequestPublicView requests;
    private final DirectoryNames directoryNames;
    private final FindingQueries findings;
    private final String publicUrl;

    WorkReferences(ComplaintQueries complaints, RequestPublicView requests, DirectoryNames directoryNames,
                   FindingQueries findings, @Value("${sunshine.public-url:`http://localhost:8080`}") String publicUrl) {
        this.complaints = complaints;
        this.findings = findings;
        this.requests = requests;
        this.directoryNames = directoryNames;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Reference of(StepTaken step) {
        long id = step.recordId();
        String department = step.departmentId() == null ? "" : directoryNames.read().department(step.departmentId());
        if (step.machine().equals(ComplaintWorkflow.TABLE.name())) {
            Complaint c = complaints.find(id).orElseThrow();
            return new Reference(c.getTrackingCode(), cut(c.getSubject()), link("/complaints/" + id));
        }
        if (step.machine().equals(RequestWorkflow.TABLE.name())) {
            PublicRequest r = requests.view(id);
            return new Reference(r.requestNo(), cut(r.description()), link("/disclosure/requests/" + id));
        }
        if (step.machine().equals(FindingWorkflow.TABLE.name())) {
            return new Reference(findings.reference(id).orElse("#" + id), department, link("/findings/" + id));
        }
        // an annual report: named by its organ
        return new Reference(department, department, link("/disclosure/reports/" + id));
    }

    /** The workbench, whole. */
    String workbench() {
        return link("/workbench");
    }

    private String link(String path) {
        return publicUrl + path;
    }

    static String cut(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= MAX_TITLE ? t
                : t.substring(0, t.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
    }
}
