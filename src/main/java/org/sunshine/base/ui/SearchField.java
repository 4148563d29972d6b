package org.sunshine.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box of a list screen: searches as the user pauses typing. */
public class SearchField extends TextField {

    public SearchField(String id, String placeholderKey, Runnable onChange) {
        setId(id);
        setPlaceholder(getTranslation(placeholderKey));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMinWidth("16em");
        addValueChangeListener(e -> onChange.run());
    }
}
