package org.sunshine.base.captcha;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * The human check of the public forms: an arithmetic question drawn on the server; the answer never leaves it.
 * Each question can be answered once; a wrong answer (or a used one) brings a new question.
 */
public class CaptchaField extends CustomField<String> {

    private final ChallengeGenerator generator;
    private final Image image = new Image();
    private final TextField answer = new TextField();
    private volatile Challenge challenge;

    public CaptchaField(ChallengeGenerator generator) {
        this.generator = generator;
        setId("captcha");
        setLabel(getTranslation("captcha.label"));
        setHelperText(getTranslation("captcha.help"));
        answer.setId("captcha-answer");
        answer.setWidth("7em");
        answer.setAllowedCharPattern("[-0-9]");
        answer.setMaxLength(4);
        image.setAlt(getTranslation("captcha.alt"));
        image.setId("captcha-image");
        image.setHeight("48px");
        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> renew());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setAriaLabel(getTranslation("captcha.refresh"));
        HorizontalLayout row = new HorizontalLayout(image, refresh, answer);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        // on a phone the answer box goes under the picture rather than past the screen's edge
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
        renew();
    }

    /** Whether the answer is right; the question is used up either way. */
    public boolean verify() {
        Challenge asked = challenge;
        boolean right = asked != null && asked.answer().equals(answer.getValue().strip());
        renew();
        if (!right) {
            setErrorMessage(getTranslation("captcha.wrong"));
            setInvalid(true);
        } else {
            setInvalid(false);
        }
        return right;
    }

    private void renew() {
        challenge = generator.next();
        byte[] png = ChallengeImage.png(challenge.question());
        image.setSrc(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(png), "captcha.png", "image/png", png.length)));
        answer.clear();
    }

    @Override
    protected String generateModelValue() {
        return answer.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        answer.setValue(value == null ? "" : value);
    }
}
