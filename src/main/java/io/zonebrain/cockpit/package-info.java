/**
 * The digital cockpit (数字驾驶舱): leadership's one page over the other modules' published rollups — headline
 * tiles, this year against last, cluster composition, rankings, growth distribution, areas, targets and alerts —
 * plus the big-screen mode for the command centre and an enterprise's own small cockpit. Reads only the public
 * API of {@code indicators} and {@code platform}; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "cockpit")
package io.zonebrain.cockpit;
