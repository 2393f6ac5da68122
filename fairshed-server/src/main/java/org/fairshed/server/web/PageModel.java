package org.fairshed.server.web;

import java.util.List;

/** What the templates show, every string already in the page's language (the templates only lay it out). */
public final class PageModel {

    private PageModel() {
    }

    /** What every page has: language, title, the switch to the other language, the script's hooks. */
    public record Frame(String lang, String title, String otherLang, String otherLangLabel, String otherLangUrl,
                        String css, String js, String skip, String appName, String tagline, String home,
                        String region, String groups, String addressId, String zone, Script script) {
    }

    /** Strings the script needs (countdown units, live and offline notices), as data attributes of the page. */
    public record Script(String in, String hours, String minutes, String updated, String offline, String passed) {
    }

    /** One half-hour of a day's bar: {@code css} on, off, may or unknown, and its text for the tooltip. */
    public record Slot(String css, String title) {
    }

    /** A day of one group: heading, the bar (46, 48 or 50 half-hours), outages as text, the day's status. */
    public record Day(String heading, String iso, long startsAt, List<Slot> slots, List<String> ticks,
                      String barLabel, List<String> outages, String status, String statusCss, String statusDetail,
                      String hoursOff) {
    }

    /** Now and next: {@code css} on, off, may or unknown; {@code until} an ISO instant for the countdown, or null. */
    public record Now(String css, String text, String until, String next) {
    }

    /** This group's hours off over the ledger's days against the region's average ({@code meter} maximum). */
    public record Fair(String text, String groupLabel, double group, String averageLabel, double average,
                       double max) {
    }

    /** One group's block. */
    public record Group(String region, String code, String title, Now now, Day today, Day tomorrow, String revision,
                        String changesTitle, List<String> changes, Fair fair, String calendarTitle, String webcal,
                        String calendarFile, String calendarHint, String groupUrl, String groupLink) {
    }

    /** Legend and section labels shared by the schedule pages. */
    public record Labels(String legendTitle, String on, String off, String may, String unknown, String nowTitle,
                         String outagesTitle, String noOutages, String fairTitle, String subscribeTitle,
                         String pushTitle, String pushText, String pushWarn, String pushButton, String pushOff,
                         String pushDone, String pushDenied, String asOf, String minutes) {
    }

    /** {@code /address/{id}}: the address and each of its hourly groups (two for a building on two lines). */
    public record Address(Frame frame, Labels labels, String heading, String subheading, String twoLines,
                          List<Group> groups, String calendarAll, String webcalAll) {
    }

    /** {@code /group/{region}/{group}}. */
    public record GroupPage(Frame frame, Labels labels, String heading, String subheading, Group group) {
    }

    /** A search result or a choice in a list: its text and where it leads. */
    public record Link(String text, String url, String detail) {
    }

    /** {@code /}: search (results for {@code ?q} without script), region and group pick. */
    public record Search(Frame frame, String heading, String intro, String searchLabel, String searchHint,
                         String searchButton, String query, String resultsTitle, List<Link> results,
                         String noResults, String pickTitle, String regionLabel, String regionButton,
                         List<Link> regions, String selectedRegion, String groupsTitle, List<Link> groups,
                         String savedTitle) {
    }

    /** A page for an address or group that does not exist. */
    public record NotFound(Frame frame, String heading, String text, String back) {
    }
}
