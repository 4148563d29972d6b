package org.sunshine.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.calendar.Deadline;
import org.sunshine.calendar.WorkingDayCalendar;

import java.util.List;

/**
 * 工作日计算器: anyone can check a statutory deadline — the end of the N-th working day after a date — with the
 * holidays and make-up workdays that were skipped or counted.
 */
@Prototype
@AnonymousAllowed
@Route(value = "calendar", layout = PublicLayout.class)
public class DeadlineCalculatorView extends Div implements HasDynamicTitle {

    /** The clocks of PRODUCT.md section 3 a citizen most often asks about: label key and working days. */
    static final List<Object[]> PRESETS = List.of(
            new Object[]{"calculator.preset.accept", 2}, new Object[]{"calculator.preset.handle", 10},
            new Object[]{"calculator.preset.disclose", 20}, new Object[]{"calculator.preset.licensing", 7},
            new Object[]{"calculator.preset.rating", 5});

    private final WorkingDayCalendar calendar;
    private final DatePicker from = DatePickers.create(null);
    private final IntegerField days = new IntegerField();
    private final Div result = new Div();

    public DeadlineCalculatorView(WorkingDayCalendar calendar, BusinessClock clock) {
        this.calendar = calendar;
        addClassName("calculator");
        add(new H2(getTranslation("calculator.title")), new Paragraph(getTranslation("calculator.intro")));

        from.setLabel(getTranslation("calculator.from"));
        from.setId("calculator-from");
        from.setValue(clock.today());
        from.setRequired(true);
        from.setMin(WorkingDayCalendar.FIRST_START);
        from.setMax(WorkingDayCalendar.LAST_START);
        days.setLabel(getTranslation("calculator.days"));
        days.setId("calculator-days");
        days.setMin(1);
        days.setMax(365);
        days.setValue(20);
        days.setStepButtonsVisible(true);
        Button compute = new Button(getTranslation("calculator.compute"), e -> compute());
        compute.setId("calculator-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(from, days, compute);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        HorizontalLayout presets = new HorizontalLayout();
        presets.getStyle().set("flex-wrap", "wrap");
        for (Object[] preset : PRESETS) {
            Button button = new Button(getTranslation((String) preset[0], preset[1]), e -> {
                days.setValue((Integer) preset[1]);
                compute();
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            presets.add(button);
        }
        result.setId("calculator-result");
        result.addClassName("calculator-result");
        add(form, presets, result);
        compute();
    }

    private void compute() {
        result.removeAll();
        if (!WorkingDayCalendar.supports(from.getValue()) || days.getValue() == null || days.getValue() < 1 || days.getValue() > 365) {
            result.add(new Paragraph(getTranslation("calculator.invalid")));
            return;
        }
        Deadline deadline = calendar.deadline(from.getValue(), days.getValue());
        Span due = new Span(Dates.dateWithWeekday(this, deadline.due()));
        due.setId("calculator-due");
        due.addClassName("due-date");
        Div answer = new Div(due);
        answer.addClassName("due-with-caveat");
        answer.setId("calculator-answer");
        if (deadline.usesFallback()) {
            // beside the date, not under it: the date itself is uncertain (it may be a holiday not yet published)
            Span caveat = new Span(getTranslation("calculator.caveat",
                    String.join(getTranslation("common.listSeparator"), deadline.unloadedYears().stream().map(String::valueOf).toList())));
            caveat.addClassName("due-caveat");
            caveat.setId("calculator-fallback");
            caveat.getElement().setAttribute("role", "note");
            answer.add(caveat);
        }
        result.add(new H3(getTranslation("calculator.answer", deadline.days(), Dates.date(this, deadline.from()))), answer);
        if (!deadline.skipped().isEmpty()) {
            result.add(new Paragraph(getTranslation("calculator.skipped", deadline.skipped().size())));
            UnorderedList list = new UnorderedList();
            list.setId("calculator-skipped");
            for (Deadline.Skipped day : deadline.skipped()) {
                String kind = getTranslation("calendar.kind." + day.kind().name());
                String why = day.name().isEmpty() ? kind : getTranslation("calculator.skippedReason", kind, day.name());
                list.add(new ListItem(Dates.dateWithWeekday(this, day.date()) + " — " + why));
            }
            result.add(list);
        }
        result.add(new Paragraph(getTranslation("calculator.rule")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calculator.title");
    }
}
