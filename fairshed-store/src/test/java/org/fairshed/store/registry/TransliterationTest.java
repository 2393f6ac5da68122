package org.fairshed.store.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KMU 2010, checked against the examples of the resolution's own table. */
class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
        "Алушта, Alushta", "Борщагівка, Borshchahivka", "Вінниця, Vinnytsia", "Гадяч, Hadiach", "Згорани, Zghorany",
        "Ґалаґан, Galagan", "Дон, Don", "Рівне, Rivne", "Єнакієве, Yenakiieve", "Наєнко, Naienko", "Житомир, Zhytomyr",
        "Закарпаття, Zakarpattia", "Медвин, Medvyn", "Іршава, Irshava", "Їжакевич, Yizhakevych", "Кадиївка, Kadyivka",
        "Йосипівка, Yosypivka", "Стрий, Stryi", "Київ, Kyiv", "Лебедин, Lebedyn", "Миколаїв, Mykolaiv",
        "Ніжин, Nizhyn", "Одеса, Odesa", "Полтава, Poltava", "Ромни, Romny", "Суми, Sumy", "Тетерів, Teteriv",
        "Ужгород, Uzhhorod", "Фастів, Fastiv", "Харків, Kharkiv", "Біла Церква, Bila Tserkva", "Чернівці, Chernivtsi",
        "Шостка, Shostka", "Гоща, Hoshcha", "Русь, Rus", "Юрій, Yurii", "Крюківка, Kriukivka", "Яготин, Yahotyn",
        "Ічня, Ichnia", "Хрещатик, Khreshchatyk", "Знам'янка, Znamianka", "Короп'є, Koropie"
    })
    void officialExamples(String cyrillic, String latin) {
        assertThat(Transliteration.kmu2010(cyrillic)).isEqualTo(latin);
    }

    @Test
    void upperCaseWordsStayUpperCaseAndOtherTextPassesThrough() {
        assertThat(Transliteration.kmu2010("ЩОРСА 7/2, корпус 2")).isEqualTo("SHCHORSA 7/2, korpus 2");
        assertThat(Transliteration.kmu2010("Шевченка 12А")).isEqualTo("Shevchenka 12A");
        assertThat(Transliteration.kmu2010("Main Street")).isEqualTo("Main Street");
    }

    @Test
    void typographicApostrophesAreDroppedInsideWords() {
        assertThat(Transliteration.kmu2010("В’ячеслава")).isEqualTo("Viacheslava");
        assertThat(Transliteration.kmu2010("Об\u02bcїзна")).isEqualTo("Obizna");
    }
}
