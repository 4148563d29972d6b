package org.sunshine.inforequest;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The bodies a reply names for its remedies (行政复议 within 60 days, 行政诉讼 within 6 months): deployer settings,
 * since they depend on where the platform runs. A department's reply is reviewed by the government at its level, the
 * government's by the government above it (行政复议法 2023, Art. 24); the court is the one with jurisdiction over
 * administrative cases against that organ (where cases are centralised, 集中管辖, the court so designated).
 *
 * @param departmentReview the review body for a department's reply, e.g. 盘锦市人民政府
 * @param governmentReview the review body for the city government's reply, e.g. 辽宁省人民政府
 * @param departmentCourt  the court for a suit against a department, e.g. 盘锦市中级人民法院
 * @param governmentCourt  the court for a suit against the city government, e.g. 盘锦市中级人民法院
 */
@ConfigurationProperties("sunshine.inforequests.remedies")
public record RemedySettings(String departmentReview, String governmentReview, String departmentCourt,
                             String governmentCourt) {

    public String review(InfoRequest r) {
        return r.isToGovernment() ? governmentReview : departmentReview;
    }

    public String court(InfoRequest r) {
        return r.isToGovernment() ? governmentCourt : departmentCourt;
    }
}
