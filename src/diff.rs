//! Word-level differences between two wordings of one claim, as text collation tools show
//! variants: which words of a sentence are not in its longest common subsequence with another.

/// The words of a sentence, split on white space (punctuation stays attached, as written).
pub fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// Words compare folded and without surrounding punctuation: "Smith," = "smith".
fn norm(w: &str) -> String {
    parallax_core::text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// For each word of `b`, whether it is absent from the longest common subsequence with `a`.
/// Very long pairs (over 250,000 cells) are not compared and show no difference.
pub fn changed_words(a: &[&str], b: &[&str]) -> Vec<bool> {
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > 250_000 {
        return vec![false; m];
    }
    let an: Vec<String> = a.iter().map(|w| norm(w)).collect();
    let bn: Vec<String> = b.iter().map(|w| norm(w)).collect();
    let mut dp = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if an[i] == bn[j] { dp[i + 1][j + 1] + 1 } else { dp[i + 1][j].max(dp[i][j + 1]) };
        }
    }
    let mut changed = vec![true; m];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if an[i] == bn[j] {
            changed[j] = false;
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_only_the_words_that_differ() {
        let a = words("Twenty-six nations have pledged to provide postwar security guarantees");
        let b = words("At least 26 nations have pledged to provide postwar security guarantees.");
        let changed = changed_words(&a, &b);
        let marked: Vec<&str> = b.iter().zip(&changed).filter(|(_, c)| **c).map(|(w, _)| *w).collect();
        assert_eq!(marked, ["At", "least", "26"]);
        let same = changed_words(&a, &a);
        assert!(same.iter().all(|c| !c));
        assert_eq!(changed_words(&[], &b), vec![true; b.len()]);
    }
}
