namespace EdgeAgent.Configuration;

/// <summary>The plate grammar ids a config may name; here so options validate them without reaching up into Plates.</summary>
public static class PlateGrammarIds
{
    /// <summary>Ids of the default set: Ukrainian formats first, then EU generic.</summary>
    public static readonly IReadOnlyList<string> Default = ["ua", "eu"];

    /// <summary>Every id <c>PlateGrammars.Create</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Known =
        ["ua", "eu", "ua_2004", "ua_1995", "ua_small", "ua_diplomatic", "ua_military", "ua_vanity", "eu_generic", "pl", "de"];
}
