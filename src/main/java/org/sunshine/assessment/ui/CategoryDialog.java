package org.sunshine.assessment.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.assessment.CategoryForm;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.security.SignedInUser;

/** Adds or changes a level-1 category of a draft: its name and weight. */
class CategoryDialog extends FormDialog<CategoryForm> {

    private final IndicatorSystemService service;
    private final SignedInUser actor;
    private final long systemId;

    CategoryDialog(IndicatorSystemService service, SignedInUser actor, long systemId, Runnable onSaved) {
        super(CategoryForm.class, onSaved);
        this.service = service;
        this.actor = actor;
        this.systemId = systemId;
        setId("category-dialog");
        TextField name = field("name", new TextField(getTranslation("assessment.category.name")));
        name.setId("category-name");
        name.setMaxLength(100);
        BigDecimalField weight = field("weight", new BigDecimalField(getTranslation("assessment.category.weight")));
        weight.setId("category-weight");
        weight.setHelperText(getTranslation("assessment.category.weight.help"));
        form.add(name, weight);
        carry("id");
        binder.forField(name).asRequired(getTranslation("assessment.error.name", 100)).bind("name");
        binder.forField(weight).asRequired(getTranslation("assessment.error.weight")).bind("weight");
    }

    @Override
    protected long persist(CategoryForm value) {
        return service.saveCategory(systemId, value, actor);
    }
}
