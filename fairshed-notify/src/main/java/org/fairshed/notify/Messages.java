package org.fairshed.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Region;

/**
 * The texts a person reads on a phone (push) or a receiver may show (webhook {@code text}), in Ukrainian and English.
 * Times are the wall-clock minutes of the local day as the schedule writes them ({@code 24:00} is midnight at the
 * end), so the text and the public page agree.
 */
public final class Messages {

    private Messages() {
    }

    public static boolean isUk(String lang) {
        return !"en".equals(lang);
    }

    public static String regionName(Region r, String lang) {
        return isUk(lang) ? r.nameUk() : r.nameEn();
    }

    public static String scheduleTitle(String lang, int revision) {
        return isUk(lang) ? "Новий графік відключень (ревізія " + revision + ")"
                : "New outage schedule (revision " + revision + ")";
    }

    /** One line per group and day: {@code Група 3.1, 25.10: 08:00–12:00, 16:00–20:00; можливо 20:00–22:00}. */
    public static String scheduleLine(String lang, GroupSchedule g) {
        List<String> definite = new ArrayList<>();
        List<String> possible = new ArrayList<>();
        for (Outage o : g.outages()) {
            (o.kind() == OutageKind.DEFINITE ? definite : possible).add(time(o.startMinute()) + "–" + time(o.endMinute()));
        }
        StringBuilder b = new StringBuilder();
        b.append(isUk(lang) ? "Група " : "Group ").append(g.group()).append(", ").append(date(lang, g.day())).append(": ");
        if (definite.isEmpty() && possible.isEmpty()) {
            b.append(isUk(lang) ? "без відключень" : "no outages");
        } else if (definite.isEmpty()) {
            b.append(isUk(lang) ? "без відключень" : "no outages");
        } else {
            b.append(isUk(lang) ? "відключення " : "off ").append(String.join(", ", definite));
        }
        if (!possible.isEmpty()) {
            b.append(isUk(lang) ? "; можливо " : "; possibly ").append(String.join(", ", possible));
        }
        return b.toString();
    }

    /** {@code Група 3.1: відключення о 18:00 (за 60 хв), світло повернеться о 22:00}. */
    public static String warning(String lang, String group, int startMinute, int endMinute, int minutesBefore) {
        return isUk(lang)
                ? "Група " + group + ": відключення о " + time(startMinute) + " (за " + minutesBefore
                        + " хв), світло повернеться о " + time(endMinute)
                : "Group " + group + " goes off at " + time(startMinute) + " (in " + minutesBefore
                        + " min), back at " + time(endMinute);
    }

    public static String warningTitle(String lang) {
        return isUk(lang) ? "Скоро відключення" : "Outage soon";
    }

    public static String dayStatusTitle(String lang, String status) {
        return switch (status) {
            case "EMERGENCY" -> isUk(lang) ? "Екстрені відключення" : "Emergency outages";
            case "NO_OUTAGES" -> isUk(lang) ? "Відключень не буде" : "No outages";
            case "WAITING_FOR_SCHEDULE" -> isUk(lang) ? "Очікується графік" : "Schedule expected";
            default -> isUk(lang) ? "Діє графік відключень" : "The outage schedule applies";
        };
    }

    public static String dayStatusBody(String lang, LocalDate day, String status, String message) {
        String head = date(lang, day) + ": " + switch (status) {
            case "EMERGENCY" -> isUk(lang) ? "графік не діє, можливі відключення без попередження"
                    : "the timetable is suspended, outages may come without notice";
            case "NO_OUTAGES" -> isUk(lang) ? "відключень не заплановано" : "no outages planned";
            case "WAITING_FOR_SCHEDULE" -> isUk(lang) ? "графік ще не опубліковано" : "the schedule is not out yet";
            default -> isUk(lang) ? "діє опублікований графік" : "the published schedule applies";
        };
        return message == null || message.isBlank() ? head : head + ". " + message;
    }

    public static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    public static String date(String lang, LocalDate day) {
        return isUk(lang) ? String.format("%02d.%02d", day.getDayOfMonth(), day.getMonthValue())
                : day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                        java.util.Locale.ENGLISH);
    }
}
