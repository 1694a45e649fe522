/** The enterprise registry (一企一档): identity, industry, cluster, tags, land holdings and contacts. */
@org.springframework.modulith.ApplicationModule(displayName = "enterprise")
package io.zonebrain.enterprise;
