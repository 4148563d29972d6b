/*
 * <sunshine-chart>: an Apache ECharts chart whose option comes from the server (base.ui.Chart) as a JSON string.
 *
 * A plain script, not a module: it is served from META-INF/resources/components and loaded with
 * @JavaScript("context://components/sunshine-chart.js") after ECharts' UMD build (the global `echarts`), so that
 * Vaadin's development bundle needs no rebuild (docs/architecture.md, section 2).
 *
 * The option is JSON only: no function crosses the wire. The one extension is the top-level key `sunshine`, removed
 * before ECharts sees the option: {"unit": "%"} appends the unit to the values in the tooltip.
 */
(function () {
  'use strict';

  const TAG = 'sunshine-chart';
  // the theme's Chinese-capable faces, for when the page's own font cannot be read
  const FONT_FALLBACK = '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", ' +
    '"Microsoft YaHei", sans-serif';

  if (customElements.get(TAG)) {
    return;
  }

  const style = document.createElement('style');
  // a block of the width of its container; the server's setWidth/setHeight (inline styles) win over these
  style.textContent = `${TAG} { display: block; width: 100%; height: 320px; min-width: 0; box-sizing: border-box; }`;
  document.head.appendChild(style);

  class SunshineChart extends HTMLElement {
    static get observedAttributes() {
      return ['option'];
    }

    constructor() {
      super();
      this._json = null;
      this._chart = null;
      this._resizeObserver = null;
    }

    /** The ECharts option as a JSON string. */
    get option() {
      return this._json;
    }

    set option(value) {
      const json = value == null ? null : (typeof value === 'string' ? value : JSON.stringify(value));
      if (json === this._json) {
        return;
      }
      this._json = json;
      this._render();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (name === 'option') {
        this.option = newValue;
      }
    }

    connectedCallback() {
      // a property set before this element was upgraded is an own property hiding the accessor
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const value = this.option;
        delete this.option;
        this.option = value;
      }
      if (!this._chart) {
        this._chart = echarts.init(this, null, { renderer: 'svg', locale: locale() });
        this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
        this._resizeObserver.observe(this);
      }
      this._render();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
        this._resizeObserver = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _render() {
      if (!this._chart) {
        return;
      }
      if (!this._json) {
        this._chart.clear();
        return;
      }
      const option = JSON.parse(this._json);
      const extension = option.sunshine || {};
      delete option.sunshine;
      option.textStyle = Object.assign({ fontFamily: this._fontFamily() }, option.textStyle);
      if (extension.unit && option.tooltip) {
        const unit = extension.unit;
        option.tooltip.valueFormatter = value => (value == null || value === '-' ? '-' : value + unit);
      }
      this._chart.setOption(option, true);
    }

    /** The page's font (the theme's --lumo-font-family), so that the chart reads like the screen around it. */
    _fontFamily() {
      const font = getComputedStyle(this).fontFamily;
      return font && font.trim() ? font : FONT_FALLBACK;
    }
  }

  /** ECharts' own words (data zoom, accessibility description) in the page's language. */
  function locale() {
    return (document.documentElement.lang || navigator.language || 'zh').toLowerCase().startsWith('zh') ? 'ZH' : 'EN';
  }

  // Vaadin loads ECharts first; should it still be on its way, elements already on the page upgrade once it is here.
  function define() {
    if (window.echarts) {
      customElements.define(TAG, SunshineChart);
    } else {
      setTimeout(define, 20);
    }
  }
  define();
})();
