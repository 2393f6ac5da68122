package org.fairshed.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fairshed.server.api.Dtos;
import org.fairshed.server.state.RegionState;

/** The pages' models from what the API computes, in one language. */
final class PageBuilder {

    private final Assets assets;
    private final Map<Lang, PageModel.Labels> labels = new EnumMap<>(Lang.class);

    PageBuilder(Assets assets) {
        this.assets = assets;
        for (Lang l : Lang.values()) {
            labels.put(l, new PageModel.Labels(l.t("legend.title"), l.t("state.on"), l.t("state.off"),
                    l.t("state.may"), l.t("state.unknown"), l.t("now.title"), l.t("outages.title"),
                    l.t("outages.none"), l.t("fair.title"), l.t("calendar.title"), l.t("push.title"),
                    l.t("push.text"), l.t("push.warn"), l.t("push.button"), l.t("push.off"), l.t("push.done"),
                    l.t("push.denied"), l.t("script.offline"), l.t("push.minutes")));
        }
    }

    PageModel.Labels labels(Lang l) {
        return labels.get(l);
    }

    /** The frame of a page; {@code otherLangUrl} is this page in the other language. */
    PageModel.Frame frame(Lang l, String title, String otherLangUrl, String region, String groups, String address,
                          String zone) {
        return new PageModel.Frame(l.code(), title, l.other().code(), l.t("lang.switch"), otherLangUrl,
                "/static/" + assets.css(), "/static/" + assets.js(), l.t("app.skip"), l.t("app.name"),
                l.t("app.tagline"), "/?lang=" + l.code(), region, groups, address, zone,
                new PageModel.Script(l.t("script.in", "{0}"), l.t("script.hours"), l.t("script.minutes"),
                        l.t("script.updated"), l.t("script.offline", "{0}"), l.t("script.passed")));
    }

    /** One group's block: the API's group (today, tomorrow, now, next), the ledger and the revision's diff. */
    PageModel.Group group(RegionState s, Dtos.AddressGroupDto g, Dtos.PublishedDto published, Dtos.LedgerDto ledger,
                          Dtos.DiffDto diff, Lang l, String host) {
        LocalDate today = s.today();
        var zone = s.region().zone();
        PageModel.Day d0 = GroupViews.day(g.today(), l.t("day.heading.today", l.date(today)), zone, l);
        PageModel.Day d1 = GroupViews.day(g.tomorrow(), l.t("day.heading.tomorrow", l.date(today.plusDays(1))), zone,
                l);
        String ics = g.links().calendar();
        return new PageModel.Group(s.code(), g.group(), l.t("group.title", g.group()),
                GroupViews.now(g.now(), g.next(), today, g.today().status(), l), d0, d1, GroupViews.revision(published, l),
                l.t("changes.title"), GroupViews.changes(diff, g.group(), today, l), GroupViews.fair(ledger, g.group(),
                l), l.t("calendar.title"), "webcal://" + host + ics, ics, l.t("calendar.file"),
                "/group/" + s.code() + "/" + g.group() + "?lang=" + l.code(), l.t("group.link"));
    }

    PageModel.Address address(Dtos.AddressDetailDto d, RegionState s, Dtos.LedgerDto ledger, Dtos.DiffDto diff,
                              Lang l, String host) {
        List<PageModel.Group> groups = new ArrayList<>();
        for (Dtos.AddressGroupDto g : d.groups()) {
            groups.add(group(s, g, d.published(), ledger, diff, l, host));
        }
        Dtos.AddressDto a = d.address();
        String street = a.street() + " " + a.house() + (a.part().isEmpty() ? "" : ", " + a.part());
        String regionName = l == Lang.UK ? s.region().nameUk() : s.region().nameEn();
        List<String> codes = d.groups().stream().map(Dtos.AddressGroupDto::group).toList();
        PageModel.Frame frame = frame(l, l.t("address.title", street), "/address/" + a.id() + "?lang="
                + l.other().code(), s.code(), String.join(",", codes), Long.toString(a.id()), s.region().zone().getId());
        return new PageModel.Address(frame, labels(l), street, l.t("address.sub", a.settlement(), regionName),
                codes.size() > 1 ? l.t("address.twoLines", String.join(", ", codes)) : "", groups,
                l.t("calendar.all"), "webcal://" + host + d.calendar());
    }

    PageModel.GroupPage groupPage(Dtos.AddressGroupDto g, RegionState s, Dtos.PublishedDto published,
                                  Dtos.LedgerDto ledger, Dtos.DiffDto diff, Lang l, String host) {
        String regionName = l == Lang.UK ? s.region().nameUk() : s.region().nameEn();
        PageModel.Frame frame = frame(l, l.t("group.pageTitle", g.group(), regionName), "/group/" + s.code() + "/"
                + g.group() + "?lang=" + l.other().code(), s.code(), g.group(), "", s.region().zone().getId());
        return new PageModel.GroupPage(frame, labels(l), l.t("group.title", g.group()), l.t("group.sub", regionName,
                s.region().zone().getId()), group(s, g, published, ledger, diff, l, host));
    }
}
