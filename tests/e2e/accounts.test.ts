import { expect, it } from "vitest";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";

describeBrowser("accounts in the browser", () => {
  const b = useBrowser();

  it("sign up → sign out → wrong password → sign in → protected page redirects when signed out", async () => {
    const page = await b.newPage();
    const email = uniqueEmail("flow");
    const name = `Ada "<b>O'Hara</b>"`;
    await signUp(page, email, name);
    await expect(page.getByRole("heading", { name: "Today" }).isVisible()).resolves.toBe(true);
    // Shown escaped, exactly as typed.
    expect(await page.getByTestId("current-user").first().textContent()).toBe(name);

    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.waitForURL("**/sign-in**");
    await hydrated(page);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "Wrong email or password." }).waitFor();

    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/today");

    await page.context().clearCookies();
    await page.goto("/settings");
    await page.waitForURL("**/sign-in?callbackUrl=**");
    await hydrated(page);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toContain("/settings");

    // …and back to the page asked for after signing in.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/settings");
  });

  it("shows form errors and stores nothing for bad sign-up input", async () => {
    const page = await b.newPage();
    await page.goto("/sign-up");
    await hydrated(page);
    await page.getByLabel("Name").fill("Bob");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter a valid email address").waitFor();
    await page.getByText("at least 10 characters for your password").waitFor();
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");

    const email = uniqueEmail("dup");
    await signUp(page, email);
    await page.context().clearCookies();
    await page.goto("/sign-up");
    await hydrated(page);
    await page.getByLabel("Name").fill("Other");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    // Refused without confirming that the e-mail has an account (README, Security model).
    await page.getByText("We could not create an account with these details").waitFor();
    expect(await page.content()).not.toContain("already exists");
  });
});
