package org.openepr.planted.domain;

/** Planted: a repository that does not carry the marker, so the rule keeping repositories in use cases cannot see it. */
public interface NoteRepository {
    Object find(java.util.UUID id);
}
