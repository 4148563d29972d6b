package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A staff account (table {@code app_user}). */
@MappedEntity("app_user")
public class User {

    @Id
    @GeneratedValue
    private Long id;
    private String username;
    private String displayName;
    private Role role;
    @Nullable
    private Long departmentId;
    private String passwordHash;
    private boolean enabled = true;
    private int sessionGeneration;
    /** The head of the department's disclosure office (政府信息公开工作机构负责人): approves its extensions. */
    private boolean disclosureHead;
    @Nullable
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    @Nullable public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(@Nullable Long departmentId) { this.departmentId = departmentId; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** Raised to end every session of the account (docs/architecture.md, "Sign-in and sessions"). */
    public int getSessionGeneration() { return sessionGeneration; }
    public void setSessionGeneration(int sessionGeneration) { this.sessionGeneration = sessionGeneration; }
    public boolean isDisclosureHead() { return disclosureHead; }
    public void setDisclosureHead(boolean disclosureHead) { this.disclosureHead = disclosureHead; }
    /** Ends every session of the account at its next request. */
    public void endSessions() { sessionGeneration++; }
    @Nullable public Instant getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(@Nullable Instant lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public void setPasswordChangedAt(Instant passwordChangedAt) { this.passwordChangedAt = passwordChangedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
