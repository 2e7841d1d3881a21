package dev.patron.server.http.people;

import dev.patron.core.staff.StaffLinks;
import dev.patron.core.staff.StaffService;
import io.vertx.core.json.JsonObject;

/**
 * How a one-time link is handed to the inviter: an address in the back office whose fragment holds
 * the token ({@code #token=...}), so opening it sends the token to no server log, and the person
 * sets their password there ({@code POST /api/v1/auth/password-links}).
 */
public final class PasswordLinks {

  public static final String PAGE = "/set-password";

  private final String publicUrl;

  public PasswordLinks(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** The account with its link: {@code {"staff": {...}, "link": {"purpose", "url", "expiresAt"}}}. */
  public JsonObject toJson(StaffService.WithLink issued) {
    StaffLinks.Issued link = issued.link();
    return new JsonObject()
        .put("staff", issued.user().toJson())
        .put("link", new JsonObject()
            .put("purpose", link.purpose().name())
            .put("url", publicUrl + PAGE + "#token=" + link.token())
            .put("expiresAt", link.expiresAt().toString()));
  }
}
