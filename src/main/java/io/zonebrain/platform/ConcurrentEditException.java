package io.zonebrain.platform;

/** Someone else saved the same record since the caller loaded it; their change must not be overwritten. */
public class ConcurrentEditException extends RuntimeException {

    private final String entityType;
    private final Object entityId;

    public ConcurrentEditException(String entityType, Object entityId) {
        super(entityType + " " + entityId + " was changed by someone else since you opened it");
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public Object entityId() {
        return entityId;
    }
}
