package io.zonebrain.fashion.web;

import io.zonebrain.fashion.Brands;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.fashion.GarmentOrders;
import io.zonebrain.fashion.Lots;
import io.zonebrain.fashion.OrderStatus;
import io.zonebrain.fashion.internal.SeasonStore;
import io.zonebrain.fashion.internal.importing.OrderSheet;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Order pages: the list (a brand its own, the operator and officials all) with filters and Excel export; an order
 * with its lots, progress and whether any factory can make it; posting and editing; preferred and blocked
 * factories; cancelling; and, for the operator, placing a lot by hand.
 */
@Controller
class OrderController {

    private final GarmentOrders orders;
    private final Lots lots;
    private final Brands brands;
    private final SeasonStore seasons;
    private final FashionLookups lookups;
    private final OrderSheet sheet;

    OrderController(GarmentOrders orders, Lots lots, Brands brands, SeasonStore seasons, FashionLookups lookups,
                    OrderSheet sheet) {
        this.orders = orders;
        this.lots = lots;
        this.brands = brands;
        this.seasons = seasons;
        this.lookups = lookups;
        this.sheet = sheet;
    }

    @GetMapping("/fashion/orders")
    String list(@ModelAttribute("filter") OrderFilterParams params, Model model, Locale locale,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        FashionCaller me = FashionCaller.current();
        model.addAttribute("result", orders.list(params.toFilter()));
        model.addAttribute("caller", me);
        model.addAttribute("seasons", seasons.codes(me.zoneId()));
        model.addAttribute("statuses", OrderStatus.values());
        lookups.addTo(model, me.zoneId(), locale);
        return htmx != null ? "fashion/orders :: results" : "fashion/orders";
    }

    @GetMapping("/fashion/orders/export.xlsx")
    void export(@ModelAttribute OrderFilterParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        FashionCaller me = FashionCaller.current();
        orders.list(params.toFilter().withPage(0, 1)); // scope check before the response starts
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"orders.xlsx\"");
        sheet.write(response.getOutputStream(), me.zoneId(), locale, sink -> orders.forEach(params.toFilter(), sink));
    }

    @GetMapping("/fashion/orders/{id:\\d+}")
    String order(@PathVariable long id, Model model, Locale locale) {
        GarmentOrder o = orders.get(id);
        FashionCaller me = FashionCaller.current();
        var orderLots = orders.lotsOf(id);
        model.addAttribute("o", o);
        model.addAttribute("caller", me);
        model.addAttribute("editable", me.editsBrand(o.brandId()));
        model.addAttribute("lots", orderLots);
        model.addAttribute("placeability", orders.placeability(id));
        int placed = orderLots.stream().filter(l -> l.status().active()).mapToInt(l -> l.quantity()).sum();
        int shipped = orderLots.stream().filter(l -> l.status() == io.zonebrain.fashion.LotStatus.SHIPPED)
                .mapToInt(l -> l.quantity()).sum();
        model.addAttribute("placed", placed);
        model.addAttribute("shipped", shipped);
        model.addAttribute("preferredText", OrderForm.of(o).getPreferred());
        model.addAttribute("blockedText", OrderForm.of(o).getBlocked());
        lookups.addTo(model, o.zoneId(), locale);
        return "fashion/order";
    }

    @GetMapping("/fashion/orders/new")
    String newForm(Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        if (!me.isBrand() && !me.operates()) {
            throw new org.springframework.security.access.AccessDeniedException("brands and the operator post orders");
        }
        return form(model, locale, me, new OrderForm(), null, List.of());
    }

    @PostMapping("/fashion/orders")
    String create(@ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        try {
            return "redirect:/fashion/orders/" + orders.create(form.toDraft(), form.getReason()).id() + "?saved";
        } catch (ValidationException e) {
            return form(model, locale, me, form, null, e.errors());
        }
    }

    @GetMapping("/fashion/orders/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        GarmentOrder o = editable(id);
        return form(model, locale, FashionCaller.current(), OrderForm.of(o), o, List.of());
    }

    @PostMapping("/fashion/orders/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") OrderForm form, Model model, Locale locale) {
        GarmentOrder o = editable(id);
        try {
            orders.update(id, form.getVersion(), form.toDraft(), form.getReason());
            return "redirect:/fashion/orders/" + id + "?saved";
        } catch (ValidationException e) {
            return form(model, locale, FashionCaller.current(), form, o, e.errors());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(model, locale, FashionCaller.current(), form, orders.get(id), List.of());
        }
    }

    @PostMapping("/fashion/orders/{id:\\d+}/preferences")
    String preferences(@PathVariable long id, @RequestParam int version,
                       @RequestParam(required = false) String preferred,
                       @RequestParam(required = false) String blocked, RedirectAttributes redirect) {
        try {
            orders.updatePreferences(id, version, OrderForm.codes(preferred), OrderForm.codes(blocked), null);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/fashion/orders/" + id;
    }

    @PostMapping("/fashion/orders/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            orders.cancel(id, version, reason);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/fashion/orders/" + id;
    }

    /** The operator places part of the order at a factory by hand (the allocation engine does it in rounds). */
    @PostMapping("/fashion/orders/{id:\\d+}/lots")
    String propose(@PathVariable long id, @RequestParam(required = false) String factory,
                   @RequestParam(required = false) Integer quantity,
                   @RequestParam(required = false) BigDecimal unitPrice,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finish,
                   RedirectAttributes redirect) {
        try {
            lots.propose(id, factory, quantity, unitPrice, start, finish);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/fashion/orders/" + id + "#lots";
    }

    private GarmentOrder editable(long id) {
        GarmentOrder o = orders.get(id);
        if (!FashionCaller.current().editsBrand(o.brandId())) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return o;
    }

    private String form(Model model, Locale locale, FashionCaller me, OrderForm form, GarmentOrder existing,
                        List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("caller", me);
        model.addAttribute("brandChoices", me.operates() && existing == null ? brands.all() : List.of());
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/order-form";
    }
}
