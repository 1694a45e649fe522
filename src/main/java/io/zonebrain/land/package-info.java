/**
 * Land: parcels (宗地) with their area and owner, and the leases that put other enterprises on them. Other modules
 * read occupancy through the published view {@code land_published_occupancy}, never the tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "land")
package io.zonebrain.land;
