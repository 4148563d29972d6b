package org.sunshine.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import org.sunshine.base.DomainException;

/**
 * The page of one record, addressed by its id ({@code /complaints/42}). A record that does not exist, or that the
 * viewer may not see, is answered with the not-found page: the address does not tell whether it exists.
 */
public abstract class RecordView extends Div implements HasUrlParameter<Long> {

    /** The record's id, from the address. */
    protected long id;

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        try {
            refresh();
        } catch (DomainException e) {
            removeAll();
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Reads the record as the viewer may see it and shows it; throws a {@link DomainException} if they may not. */
    protected abstract void refresh();
}
