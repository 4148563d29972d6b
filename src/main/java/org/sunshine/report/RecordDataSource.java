package org.sunshine.report;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Feeds Java records to a report: a field named like a record component reads that component
 * ({@code JRBeanCollectionDataSource} only understands JavaBeans getters).
 */
public final class RecordDataSource implements JRDataSource {

    private final Iterator<? extends Record> rows;
    private final Map<String, RecordComponent> components = new HashMap<>();
    private Record current;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = rows.iterator();
        if (!rows.isEmpty()) {
            for (RecordComponent component : rows.get(0).getClass().getRecordComponents()) {
                components.put(component.getName(), component);
            }
        }
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        RecordComponent component = components.get(field.getName());
        if (component == null) {
            throw new JRException("The row " + current.getClass().getSimpleName() + " has no component '" + field.getName() + "'");
        }
        try {
            return component.getAccessor().invoke(current);
        } catch (ReflectiveOperationException e) {
            throw new JRException("Cannot read " + field.getName(), e);
        }
    }
}
