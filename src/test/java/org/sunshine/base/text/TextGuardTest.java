package org.sunshine.base.text;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.directory.Department;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.directory.DepartmentType;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The last check before the database, for a write no service checked: a text with a control character or a
 * direction override, or longer than its column, is refused as bad input (not as a database failure) before the
 * row is written, on insert and on update.
 */
@MicronautTest
class TextGuardTest {

    @Inject
    DepartmentRepository departments;

    @Test
    void anInsertWithABadCharacterOrAnOverLongTextIsRefusedBeforeItIsWritten() {
        long before = departments.count();
        assertThatThrownBy(() -> departments.save(department("坏\u0007名字", "短名")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.error.charactersUnnamed");
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> departments.save(department("正常名字", "长".repeat(41))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.error.tooLongUnnamed");
                    assertThat(e.field()).isEqualTo("shortName");
                    assertThat(e.args()).containsExactly(40L);
                });
        assertThat(departments.count()).isEqualTo(before);
    }

    @Test
    void anUpdateIsCheckedToo() {
        Department saved = departments.save(department("守卫测试局", "守卫"));
        saved.setName("改\u202E名");
        assertThatThrownBy(() -> departments.update(saved)).isInstanceOf(DomainException.class);
        assertThat(departments.findById(saved.getId()).orElseThrow().getName()).isEqualTo("守卫测试局");
        saved.setName("多行\n的名字可以过这道关：一行字段由服务自己检查");
        departments.update(saved);
    }

    private static Department department(String name, String shortName) {
        Department d = new Department();
        d.setCode("GUARD" + System.nanoTime() % 100000);
        d.setName(name);
        d.setShortName(shortName);
        d.setType(DepartmentType.values()[0]);
        d.setCreatedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        d.setUpdatedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return d;
    }
}
