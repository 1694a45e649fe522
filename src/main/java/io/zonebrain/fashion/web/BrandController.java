package io.zonebrain.fashion.web;

import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.BrandDraft;
import io.zonebrain.fashion.Brands;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.GarmentOrders;
import io.zonebrain.fashion.OrderFilter;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Brands: the list and registration (the operator; officials read), a brand's page (the brand itself too). */
@Controller
class BrandController {

    private final Brands brands;
    private final GarmentOrders orders;

    BrandController(Brands brands, GarmentOrders orders) {
        this.brands = brands;
        this.orders = orders;
    }

    @GetMapping("/fashion/brands")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", brands.list(q, page, 30));
        model.addAttribute("q", q);
        model.addAttribute("caller", FashionCaller.current());
        return "fashion/brands";
    }

    @PostMapping("/fashion/brands")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String contactName,
                  @RequestParam(required = false) String contactPhone,
                  @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String city,
                  RedirectAttributes redirect) {
        try {
            Brand b = brands.create(new BrandDraft(name, contactName, contactPhone, contactEmail, city), null);
            return "redirect:/fashion/brands/" + b.id() + "?saved";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/fashion/brands";
        }
    }

    @GetMapping("/fashion/brands/{id:\\d+}")
    String brand(@PathVariable long id, Model model) {
        Brand b = brands.get(id);
        FashionCaller me = FashionCaller.current();
        model.addAttribute("b", b);
        model.addAttribute("caller", me);
        model.addAttribute("editable", me.editsBrand(id));
        model.addAttribute("orders", orders.list(new OrderFilter(null, b.code(), null, null, null, null, null, "due",
                true, 0, 10)));
        return "fashion/brand";
    }

    @PostMapping("/fashion/brands/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String contactName,
                  @RequestParam(required = false) String contactPhone,
                  @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String city,
                  RedirectAttributes redirect) {
        try {
            brands.update(id, version, new BrandDraft(name, contactName, contactPhone, contactEmail, city), null);
            redirect.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/fashion/brands/" + id;
    }
}
