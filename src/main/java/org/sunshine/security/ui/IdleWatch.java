package org.sunshine.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SessionSettings;

/**
 * The staff idle timeout, on the screen: the browser watches for the user's own input (keys, pointer, wheel, touch,
 * shared between the tabs of the site), reports it to the server at most once a minute while there is some, shows a
 * warning with a countdown {@link SessionSettings#idleWarning()} before the timeout with a "stay signed in" button,
 * and signs out when the time is up. The server ends an idle sign-in by itself too ({@code SessionGuard}); this only
 * makes it visible and counts typing that sends no request as interaction.
 */
public class IdleWatch extends Div {

    private static final String SCRIPT = """
            const root = this, idle = $0, warn = $1, key = 'sunshine.activity';
            const countdown = root.querySelector('.idle-countdown');
            const read = () => { try { return Number(localStorage.getItem(key)) || 0; } catch (e) { return 0; } };
            const mark = () => { root.__local = Date.now(); try { localStorage.setItem(key, String(root.__local)); } catch (e) {} };
            if (!root.__idleListening) {
                root.__idleListening = true;
                const onInput = () => { if (root.hidden) { mark(); } };
                ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(t =>
                    window.addEventListener(t, onInput, {capture: true, passive: true}));
                root.querySelector('vaadin-button').addEventListener('click', () => { mark(); root.hidden = true; });
            }
            mark();
            root.__reported = root.__local;
            clearInterval(root.__idleTimer);
            root.__idleTimer = setInterval(() => {
                const now = Date.now(), idleFor = now - Math.max(root.__local, read());
                if (idleFor >= idle) {
                    clearInterval(root.__idleTimer);
                    root.$server.idle();
                } else if (idleFor >= idle - warn) {
                    const left = Math.ceil((idle - idleFor) / 1000);
                    countdown.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                    root.hidden = false;
                } else {
                    root.hidden = true;
                    if (root.__local > root.__reported && now - root.__reported >= 60000) {
                        root.__reported = now;
                        root.$server.active();
                    }
                }
            }, 1000);
            """;

    private final CurrentUser currentUser;
    private final SessionSettings settings;

    public IdleWatch(CurrentUser currentUser, SessionSettings settings) {
        this.currentUser = currentUser;
        this.settings = settings;
        setId("idle-warning");
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("role", "alertdialog");
        getStyle().set("position", "fixed").set("inset", "0").set("z-index", "10000")
                .set("background", "rgba(0, 0, 0, 0.45)");
        Span countdown = new Span();
        countdown.addClassName("idle-countdown");
        countdown.setId("idle-countdown");
        Paragraph text = new Paragraph(getTranslation("session.idle.text", settings.idleTimeout().toMinutes()));
        Paragraph left = new Paragraph(new Span(getTranslation("session.idle.left") + " "), countdown);
        Button stay = new Button(getTranslation("session.idle.stay"), e -> currentUser.touch());
        stay.setId("idle-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H3(getTranslation("session.idle.title")), text, left, stay);
        card.getStyle().set("max-width", "26rem").set("margin", "20vh auto 0").set("padding", "var(--lumo-space-l)")
                .set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-xl)");
        add(card);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(SCRIPT, Math.toIntExact(settings.idleTimeout().toMillis()),
                Math.toIntExact(settings.idleWarning().toMillis()));
    }

    /** The browser saw input that sent no request of its own. */
    @ClientCallable
    void active() {
        currentUser.touch();
    }

    /** The browser counted the idle timeout down: sign out, and say why on the sign-in page. */
    @ClientCallable
    void idle() {
        currentUser.signOut();
        getUI().ifPresent(ui -> ui.getPage().setLocation("/login?signedOut=idle"));
    }
}
