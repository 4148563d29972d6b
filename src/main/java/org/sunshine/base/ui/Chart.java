package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An Apache ECharts chart (SVG, 320 px high and as wide as its container unless sized), drawn in the browser by
 * {@code frontend/components/sunshine-chart.js} from a {@link ChartOption}.
 *
 * <p>Both scripts are static files on the classpath ({@code META-INF/resources}, put there by the build) loaded
 * when a chart is first attached, not npm modules: those would make Vaadin rebuild its development bundle, which
 * this integration cannot do (docs/architecture.md, "Vaadin served by Micronaut").
 */
@Tag("sunshine-chart")
@JavaScript("context://echarts/echarts.min.js")
@JavaScript("context://components/sunshine-chart.js")
public class Chart extends Component implements HasSize, HasStyle {

    public Chart() {
    }

    public Chart(ChartOption option) {
        setOption(option);
    }

    /** Draws this option instead of the current one. */
    public void setOption(ChartOption option) {
        getElement().setProperty("option", option.toJson());
    }
}
