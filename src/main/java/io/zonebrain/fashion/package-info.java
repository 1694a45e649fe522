/**
 * 时尚E家, the garment cluster's capacity marketplace: factories with their skills, capacity, prices and calendars;
 * brands and their orders; lots of an order placed at factories, with production milestones and delivered quality;
 * the cluster dashboard. The allocation engine lives in the {@code allocation} subpackage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "fashion")
package io.zonebrain.fashion;
