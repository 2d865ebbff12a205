using Tessera.Claims;
using Tessera.Reading;

namespace Tessera.Case;

/// <summary>A case after assessment: what case.yaml says, the sources as read, and every claim extracted from them.</summary>
public sealed record AssessedCase(CaseFile File, IReadOnlyList<StoredSource> Sources, IReadOnlyList<Claim> Claims)
{
    public StoredSource? Source(string id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>Claims of one source, in document order.</summary>
    public IEnumerable<Claim> ClaimsOf(string sourceId) => Claims.Where(c => c.DocumentId == sourceId);
}
