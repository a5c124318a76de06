package com.fivearrows.network.closeness;

/** What was last published for a subject, and the version of its closeness stream after that publication. */
record Published(long version, ClosenessSnapshot snapshot) {
}
