package dev.dossier.application.fakes;

import dev.dossier.application.paging.CursorCodec;
import dev.dossier.application.paging.CursorPager;
import java.nio.charset.StandardCharsets;

/** A cursor pager with a fixed key, for service tests. */
public final class Pagers {
    public static final byte[] KEY = "test-cursor-signing-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private Pagers() {}

    public static CursorPager fixedKey() {
        return new CursorPager(CursorCodec.withKey(KEY::clone));
    }
}
