package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.captcha.CaptchaField;
import org.sunshine.base.captcha.ChallengeGenerator;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.ReceiptReport;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;

import java.time.Duration;

/**
 * 提交诉求: the public files a complaint, report, suggestion or inquiry without an account — anonymously if they
 * wish — behind a human check and a limit per address, and gets the two codes to follow it.
 */
@Prototype
@AnonymousAllowed
@Route(value = "submit", layout = PublicLayout.class)
public class SubmitView extends Div implements HasDynamicTitle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final ComplaintIntake intake;
    private final ReceiptReport receipts;
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final ComplaintSettings settings;
    private final ComplaintForm form;
    private final CaptchaField captcha;
    private final Div page = new Div();

    public SubmitView(ComplaintIntake intake, ReceiptReport receipts, KeyAreaService areas, DepartmentService departments,
                      ChallengeGenerator challenges, RateLimiter limiter, ClientAddresses addresses,
                      ComplaintSettings settings) {
        this.intake = intake;
        this.receipts = receipts;
        this.limiter = limiter;
        this.addresses = addresses;
        this.settings = settings;
        addClassName("submit-view");
        form = new ComplaintForm(areas.list(false), departments.active());
        captcha = new CaptchaField(challenges);
        Button submit = new Button(getTranslation("complaint.submit"));
        submit.setId("complaint-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        // enabled again even when the filing fails (the database is down): the form keeps what was typed, to send again
        submit.addClickListener(e -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        page.add(new H2(getTranslation("complaint.submit.title")), new Paragraph(getTranslation("complaint.submit.intro")),
                form, captcha, new Div(submit));
        page.addClassName("form-card");
        add(page);
    }

    private void submit() {
        String ip = addresses.current();
        var submission = form.read();
        if (submission.isEmpty()) {
            return;
        }
        if (!captcha.verify()) {
            return;
        }
        String key = "submit:" + ClientAddresses.bucket(ip);
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.submissionsPerHour(), WINDOW);
        if (!decision.allowed()) {
            Notices.error(getTranslation("complaint.error.tooManySubmissions", settings.submissionsPerHour(),
                    decision.retryAfterMinutes()));
            return;
        }
        Receipt receipt;
        try {
            receipt = intake.submit(submission.get(), ComplaintIntake.Origin.web(ip, getLocale()));
        } catch (DomainException e) {
            limiter.release(key);
            form.show(e);
            return;
        }
        removeAll();
        add(new ReceiptPanel(receipt, receipts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.submit.title");
    }
}
