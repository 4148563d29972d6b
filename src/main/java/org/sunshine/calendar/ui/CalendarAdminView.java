package org.sunshine.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.calendar.CalendarService;
import org.sunshine.calendar.CalendarYear;
import org.sunshine.calendar.DayKind;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * 工作日历: a year at a glance (holidays, make-up workdays), editing a single day, and importing a year's
 * schedule in the holiday-cn JSON format. Every change recomputes the deadlines of open items.
 */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.calendar", order = MenuGroup.SYSTEM + 2, icon = "vaadin:calendar")
@Route("admin/calendar")
public class CalendarAdminView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingDayCalendar calendar;
    private final CalendarService service;
    private final SignedInUser actor;
    private final BusinessClock clock;
    private final Div months = new Div();
    private final Span yearLabel = new Span();
    private final Paragraph yearStatus = new Paragraph();
    private final Grid<CalendarYear> loaded = new Grid<>();
    private final Div missing = new Div();
    private int year;

    public CalendarAdminView(WorkingDayCalendar calendar, CalendarService service,
                             CurrentUser currentUser, BusinessClock clock) {
        this.calendar = calendar;
        this.service = service;
        this.actor = currentUser.require();
        this.clock = clock;
        this.year = clock.today().getYear();

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(year - 1));
        previous.setAriaLabel(getTranslation("calendar.previousYear"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(year + 1));
        next.setAriaLabel(getTranslation("calendar.nextYear"));
        next.setId("calendar-next-year");
        yearLabel.addClassName("calendar-year");
        yearLabel.setId("calendar-year");
        Upload upload = Uploads.small(1024 * 1024, this::importFile);
        upload.setId("calendar-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new Button(getTranslation("calendar.import"), VaadinIcon.UPLOAD.create()));
        HorizontalLayout toolbar = new HorizontalLayout(previous, yearLabel, next, upload);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");

        Div legend = new Div(legend("holiday", "calendar.kind.HOLIDAY"), legend("makeup_workday", "calendar.kind.MAKEUP_WORKDAY"),
                legend("weekend", "calendar.kind.WEEKEND"), new Span(getTranslation("calendar.clickToEdit")));
        legend.addClassName("calendar-legend");
        months.addClassName("calendar-months");
        months.setId("calendar-months");
        yearStatus.setId("calendar-year-status");

        loaded.setId("calendar-years");
        loaded.addColumn(CalendarYear::year).setHeader(getTranslation("calendar.loaded.year")).setAutoWidth(true).setFlexGrow(0);
        loaded.addColumn(CalendarYear::dayCount).setHeader(getTranslation("calendar.loaded.days")).setAutoWidth(true).setFlexGrow(0);
        loaded.addColumn(y -> Dates.time(this, y.loadedAt(), clock.zone())).setHeader(getTranslation("calendar.loaded.at")).setAutoWidth(true);
        loaded.addColumn(CalendarYear::source).setHeader(getTranslation("calendar.loaded.source")).setFlexGrow(3);
        loaded.setAllRowsVisible(true);

        add(missing, toolbar, yearStatus, legend, months, new H3(getTranslation("calendar.loaded")),
                new Paragraph(getTranslation("calendar.import.help")), loaded);
        show(year);
    }

    private void show(int shownYear) {
        year = shownYear;
        missing.removeAll();
        LocalDate today = clock.today();
        CalendarNotice.of(calendar.missingSchedules(today), today.getYear(), true).ifPresent(missing::add);
        yearLabel.setText(getTranslation("calendar.yearTitle", String.valueOf(year)));
        yearStatus.setText(calendar.isLoaded(year) ? getTranslation("calendar.yearLoaded", String.valueOf(year))
                : getTranslation("calendar.notLoaded", String.valueOf(year)));
        yearStatus.setClassName(calendar.isLoaded(year) ? "calendar-ok" : "calendar-warning");
        months.removeAll();
        for (int month = 1; month <= 12; month++) {
            months.add(month(YearMonth.of(year, month)));
        }
        loaded.setItems(service.loadedYears());
    }

    private Div month(YearMonth month) {
        Div grid = new Div();
        grid.addClassName("calendar-month-days");
        // Monday first
        String[] names = getTranslation("date.weekdaysShort").split(",");
        for (int i = 1; i <= 7; i++) {
            Span head = new Span(names[i % 7]);
            head.addClassName("calendar-weekday");
            grid.add(head);
        }
        int offset = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < offset; i++) {
            grid.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Div day = new Div(new Span(String.valueOf(d)));
            day.addClassName("calendar-day");
            DayKind kind = calendar.kind(date);
            day.addClassName("kind-" + kind.name().toLowerCase(Locale.ROOT));
            String name = calendar.name(date);
            day.getElement().setAttribute("title", Dates.dateWithWeekday(this, date) + " "
                    + getTranslation("calendar.kind." + kind.name()) + (name.isEmpty() ? "" : " " + name));
            day.setId("day-" + date);
            day.addClickListener(e -> edit(date));
            grid.add(day);
        }
        Div box = new Div(new Span(getTranslation("date.months").split(",")[month.getMonthValue() - 1]), grid);
        box.addClassName("calendar-month");
        return box;
    }

    private void edit(LocalDate date) {
        Dialog dialog = new Dialog();
        dialog.setId("calendar-day-dialog");
        dialog.setHeaderTitle(Dates.dateWithWeekday(this, date));
        RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("calendar.dayKind"));
        kind.setId("calendar-day-kind");
        kind.setItems("NORMAL", "HOLIDAY", "MAKEUP_WORKDAY");
        kind.setItemLabelGenerator(k -> getTranslation("calendar.edit." + k));
        DayKind current = calendar.kind(date);
        kind.setValue(current == DayKind.HOLIDAY || current == DayKind.MAKEUP_WORKDAY ? current.name() : "NORMAL");
        TextField name = new TextField(getTranslation("calendar.dayName"));
        name.setMaxLength(40);
        name.setId("calendar-day-name");
        name.setValue(calendar.name(date));
        name.setPlaceholder(getTranslation("calendar.dayName.placeholder"));
        Button save = new Button(getTranslation("common.save"), e -> {
            Boolean offDay = switch (kind.getValue()) {
                case "HOLIDAY" -> Boolean.TRUE;
                case "MAKEUP_WORKDAY" -> Boolean.FALSE;
                default -> null;
            };
            try {
                int recomputed = service.setDay(date, offDay, name.getValue(), actor);
                Notices.success(getTranslation("calendar.saved", recomputed));
                dialog.close();
                show(year);
            } catch (DomainException ex) {
                kind.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                kind.setInvalid(true);
            }
        });
        save.setId("calendar-day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(kind, name));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void importFile(String fileName, byte[] bytes) {
        getUI().ifPresent(ui -> ui.access(() -> {
            try {
                CalendarService.ImportResult result = service.importFile(bytes, fileName, actor);
                Notices.success(getTranslation("calendar.imported", String.valueOf(result.year()), result.days(), result.recomputed()));
                show(result.year());
            } catch (DomainException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
        }));
    }

    private Span legend(String style, String key) {
        Span swatch = new Span();
        swatch.addClassNames("legend-swatch", "kind-" + style);
        Span legend = new Span(swatch, new Span(getTranslation(key)));
        legend.addClassName("legend-item");
        return legend;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
