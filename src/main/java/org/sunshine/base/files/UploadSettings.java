package org.sunshine.base.files;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * What uploaded files may take on the server before their form is sent (each file at most 10 MB and at most five per
 * form are fixed rules, {@link Attachments}). Sizes read as {@code 25MB}, {@code 2GB}; a size of 0 leaves that limit
 * off.
 *
 * @param maxFormSize    all the files of one form together
 * @param maxSessionSize all the files waiting in one browser session, over all its forms and tabs
 * @param maxSessionFiles how many files one browser session may have waiting
 * @param maxAddressSize all the files waiting for the sessions of one client address together
 * @param maxPendingSize all the files waiting in this application instance (its temporary disk space)
 * @param tempDir        where the files wait (default: {@code sunshine-uploads} in the system's temporary directory)
 */
@ConfigurationProperties("sunshine.uploads")
public record UploadSettings(@Bindable(defaultValue = "25MB") @ReadableBytes long maxFormSize,
                             @Bindable(defaultValue = "50MB") @ReadableBytes long maxSessionSize,
                             @Bindable(defaultValue = "15") int maxSessionFiles,
                             @Bindable(defaultValue = "200MB") @ReadableBytes long maxAddressSize,
                             @Bindable(defaultValue = "2GB") @ReadableBytes long maxPendingSize,
                             @Nullable String tempDir) {
}
