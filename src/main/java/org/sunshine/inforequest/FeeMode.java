package org.sunshine.inforequest;

/** 信息处理费 per application (按件) or per quantity (按量), never both (国办函〔2020〕109号); the label is {@code inforequest.fee.<NAME>}. */
public enum FeeMode {
    PER_APPLICATION, PER_QUANTITY;
}
