package org.sunshine.citizen;

import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stands in for the outbox in tests: keeps every notice to the complainant or applicant it is given, in order. The
 * staff's new-work notices (templates {@code work.*}, told to staff who left a contact) go through the same port and
 * are left out: they are another feature's, tested in {@code worknotice}.
 */
class NoticeRecorder implements Notifier {

    final List<Notice> notices = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void notify(Notice notice) {
        if (!notice.template().startsWith("work.")) {
            notices.add(notice);
        }
    }

    List<String> templates() {
        return notices.stream().map(Notice::template).toList();
    }

    Notice last() {
        return notices.get(notices.size() - 1);
    }

    /** The notices about one item (a platform's step may tell others too: an expiry closes every late reply). */
    List<Notice> about(String number) {
        return notices.stream().filter(n -> n.args().get(0).equals(number)).toList();
    }
}
