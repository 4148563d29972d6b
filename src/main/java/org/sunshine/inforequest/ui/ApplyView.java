package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestReceiptReport;
import org.sunshine.inforequest.RequestSettings;

import java.time.Duration;
import java.util.List;

/**
 * 依申请公开: anyone applies online, without an account, to the city government or a department, behind the human
 * check and a limit of applications per client address and hour; gets the application number and the query code
 * once. {@code ?organ=<key>} chooses the organ (the guide's link).
 */
@Prototype
@AnonymousAllowed
@Route(value = "disclosure/apply", layout = PublicLayout.class)
public class ApplyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final RequestIntake intake;
    private final RequestReceiptReport receipts;
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final RequestSettings settings;
    private final List<Organs.Organ> organs;
    private final ApplyForm form;
    private final CaptchaField captcha;

    public ApplyView(RequestIntake intake, RequestReceiptReport receipts, Organs organs, ChallengeGenerator challenges,
                     RateLimiter limiter, ClientAddresses addresses, RequestSettings settings) {
        this.intake = intake;
        this.receipts = receipts;
        this.limiter = limiter;
        this.addresses = addresses;
        this.settings = settings;
        this.organs = organs.all();
        addClassNames("submit-view", "apply-view");
        form = new ApplyForm(this.organs);
        captcha = new CaptchaField(challenges);
        Button submit = new Button(getTranslation("apply.submit"));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        Anchor guide = new Anchor("/disclosure/guide", getTranslation("apply.guideLink"));
        guide.setId("apply-guide-link");
        Div page = new Div(new H2(getTranslation("apply.title")), new Paragraph(getTranslation("apply.intro")),
                new Paragraph(guide), form, captcha, new Div(submit));
        page.addClassName("form-card");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("organ")
                .flatMap(key -> organs.stream().filter(o -> o.key().equals(key)).findFirst())
                .ifPresent(form.organ::setValue);
    }

    private void submit() {
        RequestForm filled = form.read();
        if (!captcha.verify()) {
            return;
        }
        String ip = addresses.current();
        String key = "inforequest-apply:" + ClientAddresses.bucket(ip);
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.submissionsPerHour(), WINDOW);
        if (!decision.allowed()) {
            Notices.error(getTranslation("apply.error.tooMany", settings.submissionsPerHour(),
                    decision.retryAfterMinutes()));
            return;
        }
        RequestReceipt receipt;
        try {
            receipt = intake.file(filled, RequestOrigin.online(ip, getLocale()));
        } catch (DomainException e) {
            limiter.release(key);
            form.show(e);
            return;
        }
        removeAll();
        add(new ApplyReceiptPanel(receipt, receipts, settings));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.title");
    }
}
