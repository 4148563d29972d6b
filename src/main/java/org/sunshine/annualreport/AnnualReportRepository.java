package org.sunshine.annualreport;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnnualReportRepository extends CrudRepository<AnnualReport, Long> {

    /** Locks the row for the rest of the transaction: two steps at once go one after the other. */
    Optional<AnnualReport> findByIdForUpdate(Long id);

    Optional<AnnualReport> findByYearAndDepartmentIdAndToGovernment(int year, long departmentId, boolean toGovernment);

    List<AnnualReport> findByYear(int year);

    /** The reports with a published edition (a report being corrected has one), of a year. */
    List<AnnualReport> findByYearAndEditionGreaterThanOrderByToGovernmentDescAndDepartmentIdAsc(int year, int edition);

    @io.micronaut.data.annotation.Query("SELECT DISTINCT year_no FROM annual_report WHERE edition > 0 ORDER BY year_no DESC")
    List<Integer> findPublishedYears();
}
