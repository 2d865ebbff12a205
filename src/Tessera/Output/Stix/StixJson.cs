using System.Globalization;
using System.Text.Json;

namespace Tessera.Output.Stix;

/// <summary>Serialises a bundle as STIX 2.1 JSON: properties in a fixed order, two-space indents, "\n" line ends, so equal bundles are equal bytes.</summary>
public static class StixJson
{
    public static byte[] Write(StixBundle bundle) => Json.Document(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "bundle");
        w.WriteString("id", bundle.Id);
        w.WriteStartArray("objects");
        foreach (var o in bundle.Objects) WriteObject(w, o);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>STIX 2.1 requires created and modified to the millisecond, in UTC with a Z.</summary>
    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";

    private static void WriteObject(Utf8JsonWriter w, StixObject o)
    {
        w.WriteStartObject();
        w.WriteString("type", o.Type);
        w.WriteString("spec_version", "2.1");
        w.WriteString("id", o.Id);
        if (o.CreatedByRef is not null) w.WriteString("created_by_ref", o.CreatedByRef);
        w.WriteString("created", Timestamp(o.Created));
        w.WriteString("modified", Timestamp(o.Modified));
        switch (o)
        {
            case StixIdentity i:
                w.WriteString("name", i.Name);
                Optional(w, "description", i.Description);
                w.WriteString("identity_class", i.IdentityClass);
                break;
            case StixLocation l:
                w.WriteString("name", l.Name);
                if (l.Latitude is { } lat && l.Longitude is { } lon)
                {
                    w.WriteNumber("latitude", lat);
                    w.WriteNumber("longitude", lon);
                }
                Optional(w, "country", l.Country);
                Optional(w, "administrative_area", l.AdministrativeArea);
                Optional(w, "city", l.City);
                break;
            case StixReport r:
                w.WriteString("name", r.Name);
                Optional(w, "description", r.Description);
                w.WriteString("published", Timestamp(r.Published));
                Strings(w, "object_refs", r.ObjectRefs);
                break;
            case StixNote n:
                w.WriteString("abstract", n.Abstract);
                w.WriteString("content", n.Content);
                Strings(w, "authors", n.Authors);
                Strings(w, "object_refs", n.ObjectRefs);
                break;
            case StixOpinion op:
                w.WriteString("explanation", op.Explanation);
                Strings(w, "authors", op.Authors);
                w.WriteString("opinion", op.Opinion);
                Strings(w, "object_refs", op.ObjectRefs);
                break;
            case StixGrouping g:
                w.WriteString("name", g.Name);
                Optional(w, "description", g.Description);
                w.WriteString("context", g.Context);
                Strings(w, "object_refs", g.ObjectRefs);
                break;
            case StixRelationship rel:
                w.WriteString("relationship_type", rel.RelationshipType);
                Optional(w, "description", rel.Description);
                w.WriteString("source_ref", rel.SourceRef);
                w.WriteString("target_ref", rel.TargetRef);
                break;
            default:
                throw new InvalidOperationException($"no serialisation for {o.GetType().Name}");
        }
        if (o.Confidence is { } confidence) w.WriteNumber("confidence", confidence);
        Strings(w, "labels", o.Labels);
        if (o.ExternalReferences.Count > 0)
        {
            w.WriteStartArray("external_references");
            foreach (var e in o.ExternalReferences)
            {
                w.WriteStartObject();
                w.WriteString("source_name", e.SourceName);
                Optional(w, "description", e.Description);
                Optional(w, "external_id", e.ExternalId);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteString(name, value);
    }

    /// <summary>A list property, left out when empty: STIX lists must hold at least one item.</summary>
    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
