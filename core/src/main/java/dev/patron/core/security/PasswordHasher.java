package dev.patron.core.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes and checks staff passwords with Argon2id (Password4j), at OWASP's recommended minimum:
 * 19 MiB of memory, 2 iterations, parallelism 1, a 16-byte random salt and a 32-byte hash, kept as
 * a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$...}) so the parameters travel with each
 * hash and can be raised later without breaking older ones.
 *
 * <p>Each call takes tens of milliseconds of CPU on purpose: call it on a worker thread, never on
 * an event loop. Thread-safe.
 */
public final class PasswordHasher {

  public static final int MEMORY_KIB = 19 * 1024;
  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  public static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;

  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);
  /** Checked against when no account matches, so an unknown email costs as long as a wrong password. */
  private static final String DECOY = hash("a decoy no account has as its password");

  private PasswordHasher() {
  }

  public static String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
  }

  /** Whether {@code password} is the one {@code storedHash} was made of; a missing hash spends the same time. */
  public static boolean matches(CharSequence password, String storedHash) {
    if (storedHash == null) {
      Password.check(password, DECOY).with(ARGON2ID);
      return false;
    }
    try {
      return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    } catch (RuntimeException malformed) {
      return false;
    }
  }
}
