//! Balanced groups for group work: even sizes, a mentor per group, young teachers and
//! colleagues from one organization spread out; the same roster always gives the same split.

use std::collections::HashMap;

use crate::i18n::collate::{self, SortKey};

/// Teachers with less experience than this (years) are "young teachers" (молодые педагоги).
pub const YOUNG_BELOW: i64 = 3;

/// A person to place in a group.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: String,
    /// The organization they come from; people of one organization are spread out.
    pub organization: String,
    /// Years of teaching experience, if known.
    pub experience: Option<i64>,
    /// `role = "mentor"` in the session file.
    pub mentor: bool,
}

impl Candidate {
    /// Experience under [`YOUNG_BELOW`] years; unknown experience does not count as young.
    pub fn is_young(&self) -> bool {
        self.experience.is_some_and(|e| e < YOUNG_BELOW)
    }
}

/// One group: indices into the candidates, its leaders first, then alphabetical.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<usize>,
    /// The members who lead it: mentors, or the most experienced when mentors run short.
    pub leaders: Vec<usize>,
}

/// Running counts of one group while people are placed.
#[derive(Debug, Clone, Default)]
struct Tally {
    capacity: usize,
    size: usize,
    leaders: usize,
    young: usize,
}

/// Splits `people` into `count` groups (`count` ≥ 1 and at most `people.len()`, else every
/// group is as even as it can be and some stay empty).
///
/// 1. Sizes differ by at most one.
/// 2. Leaders go one per group, as far as they go: the mentors, topped up with the most
///    experienced of the others (not young teachers) when there are fewer mentors than
///    groups; mentors beyond the count of groups are spread as evenly.
/// 3. Young teachers are spread so their numbers per group differ by at most one.
/// 4. Everyone else fills the free places, each going where the fewest colleagues from
///    their organization already are; big organizations are placed first.
///
/// Ties are broken by the group with the most free places, then the lowest number, and
/// people are taken in a fixed order (experience, organization size, name), so the result
/// depends only on the roster. Runs in O(n·k + n log n) for n people and k groups.
pub fn split(people: &[Candidate], count: usize) -> Vec<Group> {
    let count = count.max(1);
    let n = people.len();
    let mut tallies: Vec<Tally> = (0..count)
        .map(|g| Tally {
            capacity: n / count + usize::from(g < n % count),
            ..Tally::default()
        })
        .collect();
    let names: Vec<SortKey> = people.iter().map(|p| collate::sort_key(&p.name)).collect();

    // Organizations as dense ids, with their sizes.
    let mut org_ids: HashMap<String, usize> = HashMap::new();
    let mut org_sizes: Vec<usize> = Vec::new();
    let orgs: Vec<usize> = people
        .iter()
        .map(|p| {
            let next = org_ids.len();
            let id = *org_ids
                .entry(collate::fold(&p.organization))
                .or_insert(next);
            if id == org_sizes.len() {
                org_sizes.push(0);
            }
            org_sizes[id] += 1;
            id
        })
        .collect();
    let mut same_org: HashMap<(usize, usize), usize> = HashMap::new();

    let by_experience = |a: &usize, b: &usize| {
        let exp = |i: usize| people[i].experience.unwrap_or(-1);
        exp(*b)
            .cmp(&exp(*a))
            .then_with(|| names[*a].cmp(&names[*b]))
            .then(a.cmp(b))
    };
    let mut mentors: Vec<usize> = (0..n).filter(|&i| people[i].mentor).collect();
    mentors.sort_by(by_experience);
    let mut leaders = mentors.clone();
    if leaders.len() < count {
        let mut seasoned: Vec<usize> = (0..n)
            .filter(|&i| {
                !people[i].mentor && people[i].experience.is_some() && !people[i].is_young()
            })
            .collect();
        seasoned.sort_by(by_experience);
        leaders.extend(seasoned.into_iter().take(count - leaders.len()));
    }
    let mut is_leader = vec![false; n];
    for &i in &leaders {
        is_leader[i] = true;
    }
    // Big organizations first, so they are spread while every group still has room.
    let spread_order = |list: &mut Vec<usize>| {
        list.sort_by(|&a, &b| {
            org_sizes[orgs[b]]
                .cmp(&org_sizes[orgs[a]])
                .then(orgs[a].cmp(&orgs[b]))
                .then_with(|| names[a].cmp(&names[b]))
                .then(a.cmp(&b))
        });
    };
    let mut young: Vec<usize> = (0..n)
        .filter(|&i| !is_leader[i] && people[i].is_young())
        .collect();
    spread_order(&mut young);
    let mut rest: Vec<usize> = (0..n)
        .filter(|&i| !is_leader[i] && !people[i].is_young())
        .collect();
    spread_order(&mut rest);

    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut place = |person: usize, class: Class, tallies: &mut Vec<Tally>| {
        let org = orgs[person];
        let best = (0..count)
            .filter(|&g| tallies[g].size < tallies[g].capacity)
            .min_by_key(|&g| {
                let t = &tallies[g];
                // Most free places first.
                let free = -((t.capacity - t.size) as i64);
                let colleagues = same_org.get(&(g, org)).copied().unwrap_or(0) as i64;
                // Leaders go by free places before colleagues: that keeps the places left
                // for young teachers even, which their own spreading relies on.
                match class {
                    Class::Leader => (t.leaders, free, colleagues, g),
                    Class::Young => (t.young, colleagues, free, g),
                    Class::Other => (0, colleagues, free, g),
                }
            });
        if let Some(g) = best {
            let t = &mut tallies[g];
            t.size += 1;
            match class {
                Class::Leader => t.leaders += 1,
                Class::Young => t.young += 1,
                Class::Other => {}
            }
            *same_org.entry((g, org)).or_insert(0) += 1;
            members[g].push(person);
        }
    };
    for &i in &leaders {
        place(i, Class::Leader, &mut tallies);
    }
    for &i in &young {
        place(i, Class::Young, &mut tallies);
    }
    for &i in &rest {
        place(i, Class::Other, &mut tallies);
    }

    members
        .into_iter()
        .map(|mut list| {
            list.sort_by(|&a, &b| {
                is_leader[b]
                    .cmp(&is_leader[a])
                    .then_with(|| names[a].cmp(&names[b]))
                    .then(a.cmp(&b))
            });
            let leaders = list.iter().copied().filter(|&i| is_leader[i]).collect();
            Group {
                members: list,
                leaders,
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy)]
enum Class {
    Leader,
    Young,
    Other,
}
