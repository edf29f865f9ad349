namespace EdgeAgent.Plates;

/// <summary>
/// Characters plate fonts and OCR confuse: Cyrillic letters with Latin look-alikes, and letters with digits.
/// The tables are the single source for grammar correction and for watchlist matching.
/// </summary>
public static class PlateConfusions
{
    /// <summary>The 12 Cyrillic letters Ukrainian plates use, in their Latin look-alike form.</summary>
    public const string UkrainianLetters = "ABCEHIKMOPTX";

    /// <summary>The pairs a watchlist match also tries (letter, digit): the glyphs most often swapped on real plates.</summary>
    public const string WatchlistPairs = "O0I1B8S5Z2";

    /// <summary>Latin look-alike of a Cyrillic letter (either case), or the character itself.</summary>
    public static char CyrillicToLatin(char c) => c switch
    {
        'А' or 'а' => 'A',
        'В' or 'в' => 'B',
        'С' or 'с' => 'C',
        'Е' or 'е' => 'E',
        'Н' or 'н' => 'H',
        'І' or 'і' => 'I',
        'К' or 'к' => 'K',
        'М' or 'м' => 'M',
        'О' or 'о' => 'O',
        'Р' or 'р' => 'P',
        'Т' or 'т' => 'T',
        'Х' or 'х' => 'X',
        _ => c,
    };

    /// <summary>The digit a letter is misread for at a digit position, or '\0' when it has none.</summary>
    public static char LetterAsDigit(char c) => c switch
    {
        'O' or 'Q' or 'D' => '0',
        'I' or 'L' => '1',
        'Z' => '2',
        'A' => '4',
        'S' => '5',
        'G' => '6',
        'T' => '7',
        'B' => '8',
        _ => '\0',
    };

    /// <summary>The letter a digit is misread for at a letter position, or '\0' when it has none.</summary>
    public static char DigitAsLetter(char c) => c switch
    {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '4' => 'A',
        '5' => 'S',
        '6' => 'G',
        '7' => 'T',
        '8' => 'B',
        _ => '\0',
    };

    /// <summary>The other half of a watchlist confusion pair (O↔0, I↔1, B↔8, S↔5, Z↔2), or '\0'.</summary>
    public static char WatchlistSwap(char c)
    {
        var i = WatchlistPairs.IndexOf(c, StringComparison.Ordinal);
        if (i < 0) return '\0';
        return WatchlistPairs[i ^ 1];
    }
}
