package org.sunshine.bulletin;

/**
 * Where a bulletin stands (PRODUCT.md 2.7); the label is {@code bulletin.state.<NAME>}. The transitions are the table
 * of {@link BulletinWorkflow}.
 */
public enum BulletinState {
    /** 草稿: the inspector writes it */
    DRAFT,
    /** 待签发: with the leader */
    IN_REVIEW,
    /** 已签发: signed, waiting to be issued with a number */
    SIGNED,
    /** 已印发: numbered, frozen, circulated */
    ISSUED,
    /** 已撤销: revoked with a reason after issue; never deleted */
    REVOKED
}
