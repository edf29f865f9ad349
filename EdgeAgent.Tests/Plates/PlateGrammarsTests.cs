using EdgeAgent.Plates;

namespace EdgeAgent.Tests.Plates;

public sealed class PlateGrammarsTests
{
    private static readonly PlateGrammars Grammars = PlateGrammars.Default;

    [TestCase("AA1234BB", "AA1234BB")]
    [TestCase("АА1234ВВ", "AA1234BB")] // Cyrillic look-alikes
    [TestCase("аа 1234 вв", "AA1234BB")]
    [TestCase("KA-7777.XK", "KA7777XK")]
    [TestCase("ВІ·9426·НР", "BI9426HP")]
    public void Parse_StandardUkrainian_NormalisesAndFitsUa2004(string raw, string expected)
    {
        var read = Grammars.Parse(raw);
        Assert.That(read.Text, Is.EqualTo(expected));
        Assert.That(read.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(read.Corrections, Is.Empty);
        Assert.That(read.Confidence, Is.EqualTo(1f).Within(1e-6));
        Assert.That(read.Raw, Is.EqualTo(raw));
    }

    [TestCase("AAI234BB", "AA1234BB", "2:I->1")]
    [TestCase("AA12O4BB", "AA1204BB", "4:O->0")]
    [TestCase("AA1234B8", "AA1234BB", "7:8->B")]
    [TestCase("8A1234BB", "BA1234BB", "0:8->B")]
    [TestCase("A01234BB", "AO1234BB", "1:0->O")]
    [TestCase("AA12S4BB", "AA1254BB", "4:S->5")]
    [TestCase("AA1Z34BB", "AA1234BB", "3:Z->2")]
    public void Parse_LookAlikeAtWrongPosition_CorrectsAndRecordsIt(string raw, string expected, string correction)
    {
        var read = Grammars.Parse(raw);
        Assert.That(read.Text, Is.EqualTo(expected));
        Assert.That(read.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(read.Corrections.Select(c => c.ToString()), Is.EqualTo(new[] { correction }));
        Assert.That(read.Confidence, Is.LessThan(1f));
        Assert.That(read.CharConfidences[read.Corrections[0].Index], Is.LessThan(1f));
    }

    [Test]
    public void Parse_LetterOutsideTheTwelve_FitsWithLowerConfidence()
    {
        var clean = Grammars.Parse("AA3973XA");
        var outside = Grammars.Parse("AA3973ZA");
        Assert.That(outside.Text, Is.EqualTo("AA3973ZA"));
        Assert.That(outside.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(outside.Confidence, Is.LessThan(clean.Confidence));
        Assert.That(outside.Corrections, Is.Empty);
    }

    [TestCase("UAAA1234BB")]
    [TestCase("UA AA1234BB")]
    [TestCase("AA1234BBUA")]
    public void Parse_UaStrip_DroppedWhenTheRestFits(string raw)
    {
        var read = Grammars.Parse(raw);
        Assert.That(read.Text, Is.EqualTo("AA1234BB"));
        Assert.That(read.Grammar, Is.EqualTo("ua_2004"));
    }

    [Test]
    public void Parse_UaThatIsPartOfThePlate_IsKept()
    {
        // Stripping would leave "12345", which fits nothing: the UA belongs to the plate.
        var read = Grammars.Parse("UA12345");
        Assert.That(read.Text, Is.EqualTo("UA12345"));
        Assert.That(read.Grammar, Is.EqualTo("eu_generic"));
    }

    [TestCase("10922BX", "ua_1995")]
    [TestCase("123-45 KA", "ua_1995")]
    [TestCase("6808XO", "ua_small")]
    [TestCase("CDP12345", "ua_diplomatic")]
    [TestCase("1234A5", "ua_military")]
    [TestCase("NEBV043", "eu_generic")]
    [TestCase("AR024MI", "eu_generic")]
    public void Parse_OtherFormats_FitTheirGrammar(string raw, string grammar)
    {
        Assert.That(Grammars.Parse(raw).Grammar, Is.EqualTo(grammar));
    }

    [TestCase("HELLO")]
    [TestCase("12345678901")]
    [TestCase("AB")]
    [TestCase("出口")]
    [TestCase("")]
    public void Parse_NoFormatFits_ReportsNoneWithLowConfidenceAndUnchangedText(string raw)
    {
        var read = Grammars.Parse(raw);
        Assert.That(read.Grammar, Is.EqualTo(PlateRead.NoGrammar));
        Assert.That(read.FitsGrammar, Is.False);
        Assert.That(read.Confidence, Is.LessThanOrEqualTo(PlateGrammars.NoGrammarFactor));
        Assert.That(read.Corrections, Is.Empty);
        Assert.That(read.Text, Is.EqualTo(new string(raw.Where(char.IsAsciiLetterOrDigit).ToArray())));
    }

    [Test]
    public void Parse_TooManyLookAlikes_IsNotForcedIntoTheFormat()
    {
        // Five corrections would be needed: the grammar refuses rather than invent a plate.
        var read = Grammars.Parse("8811OO88");
        Assert.That(read.Grammar, Is.Not.EqualTo("ua_2004"));
    }

    [Test]
    public void Parse_ZerosReadAsLetterO_CorrectedInTheDigitBlock()
    {
        var read = Grammars.Parse("DPOOOOSS");
        Assert.That(read.Text, Is.EqualTo("DP0000SS"));
        Assert.That(read.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(read.Corrections, Has.Count.EqualTo(4));
    }

    private static CtcAlternative[] NoSecondChoice(int n) => new CtcAlternative[n];

    [Test]
    public void Parse_ClearLetterWhereOldFormatWantsDigit_KeptWhenTheRecogniserNeverConsideredTheDigit()
    {
        // B8233XA: forcing the 1995 format would turn a clearly printed B into 8.
        var conf = Enumerable.Repeat(0.98f, 7).ToArray();
        var alt = NoSecondChoice(7);
        alt[0] = new CtcAlternative('8', 0.01f);
        var read = Grammars.Parse("B8233XA", conf, alt);
        Assert.That(read.Text, Is.EqualTo("B8233XA"));
        Assert.That(read.Grammar, Is.EqualTo("eu_generic"));
    }

    [Test]
    public void Parse_LetterWhereFormatWantsDigit_CorrectedWhenTheDigitIsTheSecondChoice()
    {
        var conf = Enumerable.Repeat(0.98f, 7).ToArray();
        var alt = NoSecondChoice(7);
        alt[0] = new CtcAlternative('8', 0.3f);
        var read = Grammars.Parse("B8233XA", conf, alt);
        Assert.That(read.Text, Is.EqualTo("88233XA"));
        Assert.That(read.Grammar, Is.EqualTo("ua_1995"));
    }

    [Test]
    public void Parse_OneAtLetterPosition_BecomesIWhateverTheSecondChoice()
    {
        // I and 1 are one glyph on a plate: the recogniser's second choice (T) between them says nothing.
        var conf = Enumerable.Repeat(0.95f, 8).ToArray();
        var alt = NoSecondChoice(8);
        alt[1] = new CtcAlternative('T', 0.12f);
        var read = Grammars.Parse("A12866YA", conf, alt);
        Assert.That(read.Text, Is.EqualTo("AI2866YA"));
        Assert.That(read.Grammar, Is.EqualTo("ua_2004"));
    }

    [Test]
    public void Parse_BarelySeenFirstGlyph_DroppedWhenTheRestReadsBetter()
    {
        var read = Grammars.Parse("ENEBV043", [0.24f, 0.99f, 0.99f, 1f, 0.99f, 1f, 1f, 1f]);
        Assert.That(read.Text, Is.EqualTo("NEBV043"));
        var sure = Grammars.Parse("ENEBV043", [0.9f, 0.99f, 0.99f, 1f, 0.99f, 1f, 1f, 1f]);
        Assert.That(sure.Text, Is.EqualTo("ENEBV043"));
    }

    [Test]
    public void Parse_CharConfidences_CarryIntoTheRead()
    {
        var conf = new[] { 0.9f, 0.9f, 0.5f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f };
        var read = Grammars.Parse("AA1234BB", conf);
        Assert.That(read.CharConfidences, Is.EqualTo(conf));
        Assert.That(read.Confidence, Is.EqualTo(conf.Average()).Within(1e-5));
    }

    [Test]
    public void Parse_SymbolsDroppedAndSeparatorsNot_LowerConfidenceOnlyForSymbols()
    {
        Assert.That(Grammars.Parse("AA 1234 BB").Confidence, Is.EqualTo(1f).Within(1e-6));
        var noisy = Grammars.Parse("|AA1234BB|");
        Assert.That(noisy.Text, Is.EqualTo("AA1234BB"));
        Assert.That(noisy.Confidence, Is.LessThan(1f));
    }

    [Test]
    public void Create_CountryGrammar_DecidesOAndZeroByPosition()
    {
        var pl = PlateGrammars.Create(["pl", "eu"]);
        var read = pl.Parse("WO12345");
        Assert.That(read.Grammar, Is.EqualTo("pl"));
        Assert.That(read.Text, Is.EqualTo("WO12345"));
        var de = PlateGrammars.Create(["de"]).Parse("B-MW 1O34");
        Assert.That(de.Text, Is.EqualTo("BMW1034"));
        Assert.That(de.Grammar, Is.EqualTo("de"));
    }

    [Test]
    public void Create_UnknownId_NamesItAndTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => PlateGrammars.Create(["ua", "xx_fancy"]));
        Assert.That(ex!.Message, Does.Contain("xx_fancy"));
        Assert.That(ex.Message, Does.Contain("ua_2004"));
    }

    [TestCase("l{2}d{4", "unclosed")]
    [TestCase("l{0}", "bad repeat")]
    [TestCase("x{2}", "unexpected 'x'")]
    [TestCase("", "empty")]
    public void Constructor_MalformedPattern_ThrowsNamingGrammarAndPattern(string pattern, string why)
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new PlateGrammar("custom", [pattern]));
        Assert.That(ex!.Message, Does.Contain("custom"));
        Assert.That(ex.Message, Does.Contain(why));
    }

    [Test]
    public void GrammarOf_CleanText_NamesGrammarWithoutCorrecting()
    {
        Assert.That(Grammars.GrammarOf("AA1234BB"), Is.EqualTo("ua_2004"));
        Assert.That(Grammars.GrammarOf("AAI234BB"), Is.EqualTo("eu_generic"));
        Assert.That(Grammars.GrammarOf("HELLO"), Is.EqualTo(PlateRead.NoGrammar));
    }
}
