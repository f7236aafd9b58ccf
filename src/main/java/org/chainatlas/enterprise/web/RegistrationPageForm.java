package org.chainatlas.enterprise.web;

/** The self-registration form: an account plus the enterprise. */
public class RegistrationPageForm extends EnterprisePageForm {

    private String username;
    private String password;
    private String email;
    private String displayName;

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
}
