package org.sunshine.annualreport;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An annual report as it is printed and published: what the document template, the public page and the open data all
 * read. Frozen as JSON in a published edition, so that an edition reads the same for ever.
 *
 * @param organName   the organ's printed name (盘锦市民政局, 盘锦市人民政府)
 * @param government  the city government's report (compiled from every organ's figures)
 * @param threeRows   table 三 as rows of 7 numbers (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计):
 *                    一, 二, the 21 result rows of {@code RequestYearFigures.RESULT_ROWS}, 三(七), 四 — 25 rows
 * @param fourRow     table 四 as its one row of 15 numbers: 行政复议, 诉讼未经复议, 诉讼复议后, each 维持, 纠正, 其他,
 *                    尚未审结, 总计
 * @param edition     the edition's number, 0 for a draft
 * @param publishedOn the edition's publication day, null for a draft
 * @param reason      a correction's reason, empty for the first edition and drafts
 */
@Introspected
public record ReportContent(int year, String organName, boolean government, TableTwo two,
                            List<List<Long>> threeRows, List<Long> fourRow,
                            String sectionOne, String sectionFive, String sectionSix,
                            int edition, @Nullable LocalDate publishedOn, String reason) {
}
