package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.files.Attachments;

import java.util.List;

/**
 * The organ's reply (Art. 36–37): the result (one row of table 三), its legal basis, the reasons (required for
 * anything not disclosed in full), what is withheld and why (部分公开), the right organ and its contact (非本机关), how
 * the information is provided (for what is disclosed), and files.
 */
public record ReplyForm(@Nullable ReplyResult result, @Nullable String basis, @Nullable String reason,
                        @Nullable String withheld, @Nullable String otherOrgan, @Nullable String otherOrganContact,
                        @Nullable String provision, List<Attachments.Upload> files) {

    public ReplyForm {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
