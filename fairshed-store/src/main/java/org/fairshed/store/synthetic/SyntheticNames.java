package org.fairshed.store.synthetic;

import java.util.List;

/** Ukrainian-style names for the synthetic registry: the 24 oblasts with a centre each, settlements, streets. */
final class SyntheticNames {

    /** code, Ukrainian name, English name, centre, centre latitude, centre longitude. */
    static final List<String[]> REGIONS = List.of(
            new String[] {"vinnytsia", "Вінницька область", "Vinnytsia Oblast", "Вінниця", "49.233", "28.468"},
            new String[] {"volyn", "Волинська область", "Volyn Oblast", "Луцьк", "50.747", "25.325"},
            new String[] {"dnipropetrovsk", "Дніпропетровська область", "Dnipropetrovsk Oblast", "Дніпро", "48.465", "35.046"},
            new String[] {"donetsk", "Донецька область", "Donetsk Oblast", "Краматорськ", "48.738", "37.584"},
            new String[] {"zhytomyr", "Житомирська область", "Zhytomyr Oblast", "Житомир", "50.254", "28.658"},
            new String[] {"zakarpattia", "Закарпатська область", "Zakarpattia Oblast", "Ужгород", "48.621", "22.288"},
            new String[] {"zaporizhzhia", "Запорізька область", "Zaporizhzhia Oblast", "Запоріжжя", "47.838", "35.139"},
            new String[] {"ivano-frankivsk", "Івано-Франківська область", "Ivano-Frankivsk Oblast", "Івано-Франківськ", "48.922", "24.711"},
            new String[] {"kyiv-oblast", "Київська область", "Kyiv Oblast", "Біла Церква", "49.795", "30.131"},
            new String[] {"kirovohrad", "Кіровоградська область", "Kirovohrad Oblast", "Кропивницький", "48.507", "32.262"},
            new String[] {"luhansk", "Луганська область", "Luhansk Oblast", "Сєвєродонецьк", "48.948", "38.487"},
            new String[] {"lviv", "Львівська область", "Lviv Oblast", "Львів", "49.839", "24.029"},
            new String[] {"mykolaiv", "Миколаївська область", "Mykolaiv Oblast", "Миколаїв", "46.975", "31.994"},
            new String[] {"odesa", "Одеська область", "Odesa Oblast", "Одеса", "46.482", "30.723"},
            new String[] {"poltava", "Полтавська область", "Poltava Oblast", "Полтава", "49.588", "34.551"},
            new String[] {"rivne", "Рівненська область", "Rivne Oblast", "Рівне", "50.619", "26.251"},
            new String[] {"sumy", "Сумська область", "Sumy Oblast", "Суми", "50.907", "34.798"},
            new String[] {"ternopil", "Тернопільська область", "Ternopil Oblast", "Тернопіль", "49.553", "25.594"},
            new String[] {"kharkiv", "Харківська область", "Kharkiv Oblast", "Харків", "49.993", "36.230"},
            new String[] {"kherson", "Херсонська область", "Kherson Oblast", "Херсон", "46.635", "32.616"},
            new String[] {"khmelnytskyi", "Хмельницька область", "Khmelnytskyi Oblast", "Хмельницький", "49.422", "26.987"},
            new String[] {"cherkasy", "Черкаська область", "Cherkasy Oblast", "Черкаси", "49.444", "32.059"},
            new String[] {"chernivtsi", "Чернівецька область", "Chernivtsi Oblast", "Чернівці", "48.292", "25.935"},
            new String[] {"chernihiv", "Чернігівська область", "Chernihiv Oblast", "Чернігів", "51.498", "31.289"});

    static final List<String> SETTLEMENT_STEMS = List.of("Олександрівка", "Іванівка", "Петрівка", "Михайлівка",
            "Миколаївка", "Вишневе", "Зелене", "Степове", "Шевченкове", "Калинівка", "Березівка", "Соснівка",
            "Вербівка", "Лозова", "Яблунівка", "Дібрівка", "Крутогірне", "Кам'янка", "Ярмолинці", "Гайове",
            "Підгірці", "Залісся", "Заріччя", "Городище", "Ставки", "Озерне", "Хутори", "Липове", "Тополі", "Ясинувата");
    static final List<String> SETTLEMENT_PREFIXES = List.of("", "Нова ", "Стара ", "Велика ", "Мала ");
    static final List<String> SETTLEMENT_KINDS = List.of("с. ", "смт ", "м. ");

    static final List<String> STREETS = List.of("Шевченка", "Лесі Українки", "Хрещатик", "Грушевського", "Незалежності",
            "Івана Франка", "Богдана Хмельницького", "Соборна", "Миру", "Садова", "Зелена", "Центральна", "Шкільна",
            "Київська", "Молодіжна", "Польова", "Лісова", "Набережна", "Тараса Шевченка", "Весняна", "Героїв Майдану",
            "Січових Стрільців", "Степана Бандери", "Володимира Великого", "Ярослава Мудрого", "Гетьмана Мазепи",
            "Козацька", "Квітнева", "Вишнева", "Каштанова", "Підгірна", "Замкова", "Ринкова", "Олени Теліги",
            "Василя Стуса", "Михайла Коцюбинського", "Пилипа Орлика", "Європейська", "Соборності", "Сагайдачного",
            "Дорошенка", "Ольги Кобилянської", "Олександра Довженка", "Миколи Лисенка", "Княгині Ольги", "Ярославська",
            "В'ячеслава Чорновола", "Об'їзна", "Прип'ятська", "Сім'ї Драгоманових", "Щорса", "Жовтнева", "Гоголя",
            "Чумацька", "Джерельна", "Ювілейна", "Яблунева", "Юрія Гагаріна", "Євгена Коновальця", "Їжакевича");
    static final List<String> STREET_KINDS = List.of("вул. ", "пров. ", "просп. ", "бульв. ", "узвіз ");
    static final List<String> HOUSE_LETTERS = List.of("А", "Б", "В");
    static final List<String> PARTS = List.of("корпус 1", "корпус 2", "корпус 3");

    private SyntheticNames() {
    }
}
