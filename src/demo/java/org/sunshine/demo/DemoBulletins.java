package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.bulletin.BulletinDrafts;
import org.sunshine.bulletin.BulletinKind;
import org.sunshine.bulletin.BulletinIssue;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinSignOff;
import org.sunshine.bulletin.Circulation;
import org.sunshine.bulletin.DraftEditing;
import org.sunshine.bulletin.DraftForm;
import org.sunshine.bulletin.ProblemRow;
import org.sunshine.bulletin.Receipt;
import org.sunshine.rectification.Rectifications;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.util.List;

/**
 * The demo's bulletin, through the same services as the screens: a combined 情况通报 of the locked quarter
 * (the first five commended, the last three criticized with their problem lists), sent back once by the leader,
 * signed and issued; a few departments have signed for it and one criticized department has reported on an item.
 * 市民政局 (the demo handler) still has to sign for it.
 */
@Singleton
@Requires(bean = DemoActivity.class)
class DemoBulletins {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBulletins.class);

    /** The bulletins' services the demo acts through, as the screens do. */
    @Singleton
    record Services(BulletinDrafts drafts, DraftEditing editing, BulletinSignOff signOff, BulletinIssue issue,
                    Circulation circulation, Rectifications rectifications, BulletinQueries queries, BulletinPage page) {
    }

    private final Services bulletins;
    private final PeriodQueries periods;
    private final UserService users;

    DemoBulletins(Services bulletins, PeriodQueries periods, UserService users) {
        this.bulletins = bulletins;
        this.periods = periods;
        this.users = users;
    }

    void load() {
        SignedInUser inspector = staff("inspector");
        SignedInUser leader = staff("leader");
        if (!bulletins.queries().list(inspector).isEmpty()) {
            return;
        }
        PeriodQueries.PeriodRow quarter = periods.list(inspector).stream().filter(p -> p.state() == PeriodState.LOCKED)
                .findFirst().orElse(null);
        if (quarter == null) {
            return;
        }
        long id = bulletins.drafts().draft(new DraftForm(quarter.id(), BulletinKind.SITUATION, DraftForm.CommendBy.TOP, 5,
                DraftForm.CriticizeBy.BOTTOM, 3, 0, true), inspector);
        bulletins.signOff().submit(id, version(id, inspector), "请审签。", inspector);
        bulletins.signOff().sendBack(id, version(id, leader), "请在工作要求中明确整改报告报送方式，并抄送市纪委监委。", leader);
        BulletinPage.Detail draft = bulletins.page().detail(id, inspector);
        var b = draft.bulletin();
        bulletins.editing().saveText(id, b.getVersion(), new org.sunshine.bulletin.TextForm(b.getTitle(), b.getAddressees(),
                b.getBody() + "\n被通报批评的单位请通过阳光政务监督平台“通报”栏目逐项报送整改报告，并上传佐证材料。",
                "市委办公室，市纪委监委，市人大常委会办公室，市政协办公室。", true), inspector);
        bulletins.signOff().submit(id, version(id, inspector), "已按意见修改。", inspector);
        bulletins.signOff().sign(id, version(id, leader), "同意印发。", leader);
        String number = bulletins.issue().issue(id, inspector);

        List<Receipt> receipts = bulletins.page().detail(id, inspector).receipts();
        for (int i = 0; i < receipts.size(); i += 2) {
            String handler = handlerOf(receipts.get(i).departmentId());
            if (handler != null && !handler.equals("handler")) {
                bulletins.circulation().signFor(id, staff(handler));
            }
        }
        ProblemRow first = bulletins.page().detail(id, inspector).problems().get(0);
        String handler = handlerOf(first.problem().getDepartmentId());
        if (handler != null) {
            bulletins.rectifications().report(first.rectification().view().id(), "已对照问题清单完成整改：补齐政策文件和解读材料，建立信息发布前审核和每月自查制度。",
                    List.of(), staff(handler));
        }
        LOG.info("Loaded the demo bulletin {}", number);
    }

    /** The version of the bulletin as a page would load it, for the steps that check it. */
    private int version(long id, SignedInUser viewer) {
        return bulletins.page().detail(id, viewer).bulletin().getVersion();
    }

    /** The username of the handler of a department, or null if it has none. */
    private String handlerOf(long departmentId) {
        return users.enabled(Role.HANDLER).stream().filter(u -> u.departmentId() != null && u.departmentId() == departmentId)
                .map(UserRow::username).findFirst().orElse(null);
    }

    private SignedInUser staff(String username) {
        UserRow u = users.byUsername(username).orElseThrow();
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }
}
