namespace Lede.Metadata;

/// <summary>
/// Tells the site's and the publisher's own name apart from people's: "By The Daily Planet" names no person,
/// and "Jane Doe USA TODAY" is Jane Doe of USA TODAY.
/// </summary>
internal readonly struct OrganisationNames(string? siteName, string? publisher)
{
    public Found<IReadOnlyList<string>>? PeopleOnly(Found<IReadOnlyList<string>>? authors)
    {
        if (authors is not { } found) return null;
        var people = new List<string>();
        foreach (var name in found.Value)
        {
            var person = WithoutOrganisation(name);
            if (person is not null) AuthorNames.AddDistinct(people, person);
        }
        return people.Count == 0 ? null : new Found<IReadOnlyList<string>>(people, found.Source);
    }

    // null when the name is the organisation's; the name without a trailing organisation name otherwise.
    private string? WithoutOrganisation(string name)
    {
        foreach (var organisation in (string?[])[siteName, publisher])
        {
            if (organisation is null) continue;
            if (name.Equals(organisation, StringComparison.OrdinalIgnoreCase)) return null;
            // "LinkNaija" in "LinkNaija | Nigeria's news platform", "Business Insider" in "Business Insider Deutschland".
            if (organisation.Contains(name, StringComparison.OrdinalIgnoreCase) && Letters(name) >= 4) return null;
            if (name.EndsWith(" " + organisation, StringComparison.OrdinalIgnoreCase) && name.Length > organisation.Length + 3)
                return name[..^(organisation.Length + 1)].Trim();
        }
        return name;
    }

    private static int Letters(string s) => s.Count(char.IsLetter);
}
