package org.chainatlas.account.web;

import java.util.Map;

import org.chainatlas.account.internal.AccountServices;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final AccountServices accounts;

    LoginController(AccountServices accounts) {
        this.accounts = accounts;
    }

    /** Whether demo data is loaded: only then does the sign-in page say how to sign in for a try (never in production). */
    @org.springframework.beans.factory.annotation.Value("${chainatlas.demo.enabled:true}")
    boolean demo;

    @GetMapping("/login")
    String login(org.springframework.ui.Model model) {
        model.addAttribute("demo", demo);
        return "account/login";
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(required = false) String email, Model model) {
        try {
            accounts.recovery().request(email);
        } catch (InvalidInput e) {
            model.addAttribute("errors", FormErrors.of(e));
            return "account/forgot";
        }
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        // an unknown, used or expired link is said at once, not after a new password was typed
        model.addAttribute("errors", accounts.recovery().usable(token) ? Map.of() : Map.of("token",
                org.chainatlas.platform.ErrorTexts.of("error.account.resetLink", "the link is unknown, already used or expired: ask for a new one")));
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password, Model model) {
        try {
            accounts.recovery().reset(token, password);
        } catch (InvalidInput e) {
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(e));
            return "account/reset";
        }
        return "redirect:/login?reset";
    }
}
